import type { Severity } from '../../core/findings';

/** The same colours as the marks in the sheet (markGrid.ts), darker for text on white. */
export const SEVERITY_COLOR: Record<Severity, string> = { error: '#C50F1F', warning: '#BF8F00', info: '#0F6CBD' };
export const SEVERITY_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
