import type { CliCommand } from '../io';
import { runCheck } from './check';
import { runAppendix } from './appendix';
import { runReport } from './report';
import { runReconcile } from './reconcile';
import { runFix } from './fix';
import { FIX_SUMMARY_LINE } from '../../core/strings/fix';
import { RECONCILE_SUMMARY } from '../../core/strings/reconcile';

/**
 * The dvcheck subcommands. To add one: import its function and add one line to each map.
 * Every command accepts --help itself.
 */
export const COMMANDS: Record<string, CliCommand> = {
  check: runCheck,
  appendix: runAppendix,
  report: runReport,
  reconcile: runReconcile,
  fix: runFix,
};

/** One Vietnamese line per command, shown by `dvcheck --help`. */
export const COMMAND_SUMMARIES: Record<string, string> = {
  check: 'Kiểm tra các bảng tổ chức đảng, đảng viên trong một hay nhiều tệp .xlsx.',
  appendix: 'Tạo Phụ lục 01 (đề nghị cấp tài khoản CSDL đảng viên 4.0) từ bảng đề nghị cấp tài khoản.',
  report: 'Tạo báo cáo tiến độ làm sạch, chuẩn hóa dữ liệu (có biểu đồ, lịch sử) và danh sách Huy hiệu Đảng.',
  reconcile: RECONCILE_SUMMARY,
  fix: FIX_SUMMARY_LINE,
};
