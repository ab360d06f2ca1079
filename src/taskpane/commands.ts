/* The ribbon's function file (manifest FunctionFile). The only button opens the task pane, which needs no code
   here; Office still requires the page and Office.onReady. */
if (typeof Office !== 'undefined') void Office.onReady(() => undefined);
export {};
