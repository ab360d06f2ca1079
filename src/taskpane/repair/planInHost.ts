import type { SheetData } from '../../core/cells';
import type { TableOverride } from '../../core/fields';
import { planFixes, type FixPlan } from '../../core/fix';
import type { WorkbookHost } from '../../host/WorkbookHost';
import { OVERRIDES_SETTING } from '../session/CheckSession';

/**
 * The repair plan of the workbook as it is now: every visible sheet read through the host, the user's column
 * corrections and the check's as-of date, so the preview matches what the check found.
 */
export async function planInHost(host: WorkbookHost, asOf: number, signal?: AbortSignal): Promise<{ plan: FixPlan; sheets: SheetData[] }> {
  let overrides: TableOverride[] = [];
  try {
    overrides = (await host.getSetting<TableOverride[]>(OVERRIDES_SETTING)) ?? [];
  } catch {
    overrides = [];
  }
  const sheets: SheetData[] = [];
  for (const name of await host.listSheets()) sheets.push(await host.readSheet(name, { signal }));
  // Let the browser paint the progress text before the engine's synchronous work.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { plan: planFixes(sheets, { asOf, overrides }), sheets };
}
