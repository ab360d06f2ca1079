/**
 * Every Vietnamese sentence of the pane's "Sửa tự động" tab (preview, apply, undo, suggestions), in one place.
 */

const n = (x: number) => x.toLocaleString('vi-VN');

export const REPAIR = {
  tab: 'Sửa tự động',
  intro:
    'Lập danh sách những ô sửa được an toàn (khoảng trắng, phông TCVN3/VNI, CCCD và số điện thoại mất số 0, ngày dạng chữ…). ' +
    'Xem trước từng thay đổi, bỏ chọn những gì không muốn sửa, rồi bấm "Áp dụng".',
  plan: 'Lập danh sách sửa',
  planAgain: 'Lập lại danh sách',
  planning: 'Đang đọc sổ làm việc và lập danh sách sửa…',
  nothingToFix: 'Không có ô nào sửa tự động được. Các lỗi còn lại cần người xem xét (xem thẻ "Rà soát").',
  previewTitle: (cells: number) => `${n(cells)} ô sẽ được sửa`,
  selected: (chosen: number, total: number) => `Đã chọn ${n(chosen)}/${n(total)} ô`,
  ruleCount: (count: number) => `${n(count)} ô`,
  changeLabel: (place: string, before: string, after: string) => `${place}: "${before}" → "${after}"`,
  empty: '(trống)',
  cellAt: (sheet: string, address: string) => `${sheet}!${address}`,
  listLabel: 'Danh sách các ô sẽ được sửa, nhóm theo quy tắc',
  apply: (count: number) => `Áp dụng (${n(count)} ô)`,
  applying: (count: number) => `Đang ghi ${n(count)} ô vào sổ làm việc (đã lưu bản gốc để hoàn tác)…`,
  applied: (count: number) => `Đã sửa ${n(count)} ô. Sổ làm việc đã được kiểm tra lại và số lỗi đã cập nhật.`,
  skippedFormulas: (count: number) => `${n(count)} ô chứa công thức nên được giữ nguyên; hãy sửa công thức hoặc dữ liệu gốc của nó.`,
  ctrlZ: 'Có thể nhấn Ctrl+Z trong Excel để hoàn tác cả lần sửa trong một bước, hoặc dùng nút "Hoàn tác lần sửa gần nhất".',
  noCtrlZ:
    'Phiên bản Excel này không cho hoàn tác lần sửa bằng Ctrl+Z. Hãy dùng nút "Hoàn tác lần sửa gần nhất" bên dưới ' +
    '(bản gốc được lưu ngay trong sổ làm việc, vẫn dùng được sau khi lưu, đóng và mở lại tệp).',
  noUndoHost: 'Nơi mở sổ làm việc này không lưu được bản gốc, nên lần sửa sẽ không hoàn tác được bằng nút trong ngăn.',
  undoTitle: 'Hoàn tác',
  undo: 'Hoàn tác lần sửa gần nhất',
  undoing: 'Đang khôi phục giá trị và định dạng gốc…',
  lastRepair: (when: string, cells: number) => `Lần sửa gần nhất: ${when}, ${n(cells)} ô.`,
  noRepair: 'Chưa có lần sửa nào để hoàn tác trong sổ làm việc này.',
  undone: (count: number) => `Đã khôi phục ${n(count)} ô về giá trị, kiểu và định dạng số như trước khi sửa. Sổ làm việc đã được kiểm tra lại.`,
  undoKept: (count: number) =>
    `${n(count)} ô đã được sửa tay sau lần sửa tự động nên được giữ nguyên (không ghi đè việc bạn đã làm).`,
  undoNothing: 'Không tìm thấy lần sửa nào để hoàn tác (có thể đã hoàn tác rồi).',
  suggestionsTitle: (count: number) => `Gợi ý cần người xem xét (${n(count)})`,
  suggestionsIntro:
    'Những gợi ý này có thể sai (tên chi bộ gần giống, tỉnh cũ…), nên không bao giờ áp dụng hàng loạt. Đọc từng gợi ý và bấm ' +
    '"Áp dụng gợi ý" nếu đúng.',
  suggestionLine: (suggestion: string) => `Gợi ý: ${suggestion}`,
  applySuggestion: 'Áp dụng gợi ý',
  suggestionNotValue: 'Gợi ý này là lời khuyên, không phải giá trị để ghi vào ô; hãy sửa tay.',
  suggestionApplied: (place: string, value: string) => `Đã ghi "${value}" vào ô ${place}. Có thể hoàn tác bằng nút "Hoàn tác lần sửa gần nhất".`,
  moreSuggestions: (count: number) => `… và ${n(count)} gợi ý khác; hãy áp dụng các gợi ý trên trước, danh sách sẽ được lập lại.`,
  needCheck: 'Sổ làm việc đang được đọc hoặc kiểm tra; hãy chờ xong rồi thử lại.',
};

/** "14:05 ngày 23/11/2026" from an ISO time, in the user's time zone. */
export function repairTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ngày ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}
