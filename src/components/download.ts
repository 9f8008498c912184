// Saves text or a blob as a file the browser downloads.

export function download(fileName: string, content: string | Blob, type = 'application/json'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on a later task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name made from a title: "Broker for RAE women" -> "broker-for-rae-women". */
export function fileNameOf(title: string): string {
  return title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'network';
}
