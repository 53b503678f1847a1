/**
 * Offers text to the user as a file download, with no network request and nothing a strict CSP forbids:
 * a Blob, an object URL and a temporary `<a download>` that is clicked and removed at once.
 *
 * @param parent Where the temporary link is attached while it is clicked (a component's shadow root).
 */
export function downloadText(parent: ParentNode, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The browser starts the download from the click; give it a moment before the URL stops resolving.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** A file name made of safe characters from free text (`"São Paulo 2024"` -> `"sao-paulo-2024"`). */
export function fileNamePart(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 60);
}
