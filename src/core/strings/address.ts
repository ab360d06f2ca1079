/** Vietnamese messages of the current-address rules (address-old-unit, address-old-province). */

const q = (s: string): string => `“${s}”`;

export const addressStrings = {
  oldUnit: (units: readonly string[]): string =>
    `Địa chỉ hiện nay còn ghi ${units.map(q).join(', ')}: đơn vị hành chính cấp huyện không còn từ ngày ` +
    `01/07/2025. Ghi lại địa chỉ theo xã/phường/đặc khu và tỉnh/thành phố hiện nay.`,

  oldProvince: (written: string, former: string, current: string): string =>
    `Địa chỉ hiện nay còn ghi ${q(written)}: tỉnh ${former} đã hợp nhất vào ${current} từ ngày 01/07/2025. ` +
    `Ghi lại địa chỉ theo đơn vị hành chính mới.`,

  accountOldProvince: (written: string, former: string, current: string, write: string): string =>
    `Tỉnh/thành phố ${q(written)}: tỉnh ${former} đã hợp nhất vào ${current} từ ngày 01/07/2025. Tài khoản được ` +
    `cấp theo đơn vị hành chính hiện nay: ghi ${q(write)}.`,

  accountOldUnit: (written: string, units: readonly string[]): string =>
    `Cột xã/phường ghi ${q(written)}: ${units.map(q).join(', ')} là đơn vị cấp huyện, không còn từ ngày ` +
    `01/07/2025. Ghi xã, phường hoặc đặc khu hiện nay.`,
};
