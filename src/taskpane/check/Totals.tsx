import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { GROUPS, GROUP_LABELS, SEVERITY_LABELS, type Finding, type RuleGroup, type Severity } from '../../core/findings';
import { UI } from '../../core/strings/ui';
import { SEVERITIES, totals } from '../findings/view';
import { SEVERITY_COLOR, SEVERITY_FILL } from './severityColors';

const useStyles = makeStyles({
  groups: { display: 'grid', gridTemplateColumns: 'repeat(5, 1fr)', gap: '4px' },
  severities: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: '4px' },
  tile: {
    display: 'flex', flexDirection: 'column', alignItems: 'center', padding: '4px 2px', cursor: 'pointer',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1, fontFamily: 'inherit', minWidth: 0,
  },
  active: { border: `2px solid ${tokens.colorBrandStroke1}`, padding: '3px 1px' },
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  label: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' },
  // Five group tiles share 350 px: "Thống nhất" wraps onto two lines rather than being cut to "Thống n…".
  groupLabel: { whiteSpace: 'normal', textAlign: 'center', lineHeight: tokens.lineHeightBase100 },
  heading: { color: tokens.colorNeutralForeground3 },
});

/** Counts per quality group and per severity; clicking one filters the list by it. */
export function Totals(props: {
  findings: readonly Finding[];
  group?: RuleGroup;
  severity?: Severity;
  onGroup(g?: RuleGroup): void;
  onSeverity(s?: Severity): void;
}) {
  const styles = useStyles();
  const { byGroup, bySeverity } = React.useMemo(() => totals(props.findings), [props.findings]);
  return (
    <>
      <Caption1 className={styles.heading}>{UI.totalsByGroup}</Caption1>
      <div className={styles.groups} data-testid="totals-groups">
        {GROUPS.map((g) => (
          <button
            key={g}
            type="button"
            className={mergeClasses(styles.tile, props.group === g && styles.active)}
            aria-pressed={props.group === g}
            onClick={() => props.onGroup(props.group === g ? undefined : g)}
          >
            <span className={styles.count}>{byGroup[g].toLocaleString('vi-VN')}</span>
            <span className={mergeClasses(styles.label, styles.groupLabel)}>{GROUP_LABELS[g]}</span>
          </button>
        ))}
      </div>
      <Caption1 className={styles.heading}>{UI.totalsBySeverity}</Caption1>
      <div className={styles.severities} data-testid="totals-severity">
        {SEVERITIES.map((s) => (
          <button
            key={s}
            type="button"
            className={mergeClasses(styles.tile, props.severity === s && styles.active)}
            style={{ backgroundColor: bySeverity[s] ? SEVERITY_FILL[s] : undefined }}
            aria-pressed={props.severity === s}
            onClick={() => props.onSeverity(props.severity === s ? undefined : s)}
          >
            <span className={styles.count} style={{ color: bySeverity[s] ? SEVERITY_COLOR[s] : undefined }}>
              {bySeverity[s].toLocaleString('vi-VN')}
            </span>
            <span className={styles.label}>{SEVERITY_LABELS[s]}</span>
          </button>
        ))}
      </div>
    </>
  );
}
