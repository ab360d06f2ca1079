import * as React from 'react';
import {
  Button, Caption1, FluentProvider, Tab, TabList, Text, makeStyles, mergeClasses, tokens, webLightTheme,
} from '@fluentui/react-components';
import { STANDALONE as S } from '../../core/strings/standalone';
import { ErrorBoundary } from '../../taskpane/ErrorBoundary';
import { FileSession } from '../FileSession';
import type { Port } from '../WorkerClient';
import { FileView } from './FileView';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground2, fontFamily: tokens.fontFamilyBase },
  header: {
    display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`, backgroundColor: tokens.colorNeutralBackground1,
    borderTop: '3px solid #C00000', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  body: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, padding: tokens.spacingVerticalXXL,
    textAlign: 'center', backgroundColor: tokens.colorNeutralBackground1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  overlay: {
    position: 'fixed', inset: 0, zIndex: 100, display: 'flex', alignItems: 'center', justifyContent: 'center',
    backgroundColor: 'rgba(15, 108, 189, 0.12)', border: `3px dashed ${tokens.colorBrandStroke1}`, pointerEvents: 'none',
    fontSize: tokens.fontSizeBase500,
  },
  panel: { backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingHorizontalL, borderRadius: tokens.borderRadiusMedium },
  hidden: { display: 'none' },
});

/** The standalone page: open .xlsx files (button or drag and drop), one tab per file, each checked in its own worker. */
export function StandaloneApp(props: { makePort: () => Port; asOf?: number }) {
  const styles = useStyles();
  const [files, setFiles] = React.useState<FileSession[]>([]);
  const [current, setCurrent] = React.useState<number | undefined>();
  const [dragging, setDragging] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const nextId = React.useRef(1);

  const open = React.useCallback(
    async (list: FileList | File[]) => {
      const opened: FileSession[] = [];
      for (const file of Array.from(list)) {
        const bytes = await file.arrayBuffer();
        opened.push(new FileSession(nextId.current++, file.name, bytes, props.makePort, { asOf: props.asOf }));
      }
      if (!opened.length) return;
      setFiles((f) => [...f, ...opened]);
      setCurrent(opened[0].id);
      for (const s of opened) void s.start().then(() => setFiles((f) => [...f]));
    },
    [props.makePort, props.asOf],
  );
  const close = (id: number) => {
    setFiles((f) => {
      f.find((s) => s.id === id)?.dispose();
      const rest = f.filter((s) => s.id !== id);
      if (current === id) setCurrent(rest[0]?.id);
      return rest;
    });
  };

  // Files may be dropped anywhere on the page.
  React.useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      if (e.dataTransfer?.files.length) void open(e.dataTransfer.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [open]);

  const shown = files.find((f) => f.id === current);
  const pick = () => input.current?.click();

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Text as="h1" weight="semibold" size={500}>{S.title}</Text>
          <Caption1 className={styles.muted}>{S.privacy}</Caption1>
        </div>
        <Button appearance="primary" onClick={pick}>{S.openFiles}</Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(e) => {
            if (e.target.files?.length) void open(e.target.files);
            e.target.value = '';
          }}
        />
      </header>
      <main className={styles.body}>
        {files.length === 0 ? (
          <div className={mergeClasses(styles.drop, dragging && styles.dropActive)}>
            <Text size={400}>{S.dropHint}</Text>
            <Caption1 className={styles.muted}>{S.noFiles}</Caption1>
            <div>
              <Button appearance="primary" onClick={pick}>{S.openFiles}</Button>
            </div>
          </div>
        ) : (
          <>
            <TabList selectedValue={current} onTabSelect={(_, d) => setCurrent(d.value as number)} aria-label={S.filesLabel}>
              {files.map((f) => (
                <Tab key={f.id} value={f.id} data-testid="file-tab" data-status={f.status}>
                  {f.status === 'failed' ? `⚠ ${f.name}` : f.name}
                </Tab>
              ))}
            </TabList>
            {shown && (
              <div className={styles.panel} key={shown.id}>
                <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
                  <Button size="small" appearance="subtle" onClick={() => close(shown.id)} aria-label={S.closeFile(shown.name)}>
                    {S.closeFile(shown.name)}
                  </Button>
                </div>
                <ErrorBoundary>
                  <FileView session={shown} />
                </ErrorBoundary>
              </div>
            )}
          </>
        )}
      </main>
      {dragging && files.length > 0 && <div className={styles.overlay}>{S.dropHere}</div>}
    </FluentProvider>
  );
}
