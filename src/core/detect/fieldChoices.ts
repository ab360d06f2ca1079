import { FIELDS_BY_KIND, type FieldKey, type TableKind } from '../fields';
import { fieldLabel } from '../strings/detect';
import { matchHeader, matchingFields } from './matchHeader';

export interface FieldChoice {
  field: FieldKey;
  /** The field's standard Vietnamese header. */
  label: string;
  /** How the header label matches this field: the detected field ('exact' or 'partial'), a field whose name
   *  also occurs in the label ('partial'), or not at all ('none'). */
  match: 'exact' | 'partial' | 'none';
}

/**
 * The fields a column with this header label can be set to, for the task pane's dropdown: the likely ones first
 * (the detected field, then fields whose names occur in the label), then every other field of the table kind
 * in the standard order. The caller adds its own "ignore this column" entry (strings/detect IGNORE_COLUMN_LABEL).
 */
export function fieldChoices(headerLabel: string, kind: TableKind): FieldChoice[] {
  const best = matchHeader(headerLabel, kind);
  const likely = matchingFields(headerLabel, kind);
  const choices: FieldChoice[] = likely.map((field) => ({
    field,
    label: fieldLabel(field, kind),
    match: best && best.field === field ? best.quality : 'partial',
  }));
  for (const field of FIELDS_BY_KIND[kind]) {
    if (!likely.includes(field)) choices.push({ field, label: fieldLabel(field, kind), match: 'none' });
  }
  return choices;
}
