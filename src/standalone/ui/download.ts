const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves bytes made in this tab as a file through the browser's own download (Blob URL + <a download>). */
export function saveBytes(bytes: ArrayBuffer, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has started the download once click() returns; free the memory a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Danh sach.xlsx" → "Danh sach": the base of the names of the files made from it. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, '');
}
