/** Vietnamese messages of the current-address rules (address-old-unit, address-old-province). */

const q = (s: string): string => `“${s}”`;

export const addressStrings = {
  oldUnit: (units: readonly string[]): string =>
    `Địa chỉ hiện nay còn ghi ${units.map(q).join(', ')}: đơn vị hành chính cấp huyện không còn từ ngày ` +
    `01/07/2025. Ghi lại địa chỉ theo xã/phường/đặc khu và tỉnh/thành phố hiện nay.`,

  oldProvince: (written: string, former: string, current: string): string =>
    `Địa chỉ hiện nay còn ghi ${q(written)}: tỉnh ${former} đã hợp nhất vào ${current} từ ngày 01/07/2025. ` +
    `Ghi lại địa chỉ theo đơn vị hành chính mới.`,
};
