/** Save the code as app.py (or any text as a file), and read a local .py file. */

export function downloadAppFile(code: string, name = "app.py"): void {
  downloadFile(code, name, "text/x-python");
}

/** Let the browser save `text` as a file called `name`. */
export function downloadFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The largest file opened into the editor: more is surely not an app.py. */
export const MAX_OPEN_BYTES = 1_000_000;

export async function readPythonFile(file: File): Promise<string> {
  if (file.size > MAX_OPEN_BYTES) throw new Error(`${file.name} is ${file.size.toLocaleString("en")} bytes; the editor opens files up to 1 MB.`);
  const notText = `${file.name} is not a text file, so it cannot be an app: open a .py file (Python source saved as UTF-8 text). Your code was not changed.`;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new Error(notText);
  }
  if (text.includes("\u0000")) throw new Error(notText);
  return text;
}
