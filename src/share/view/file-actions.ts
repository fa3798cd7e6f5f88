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
  const text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  if (text.includes("\u0000")) throw new Error(`${file.name} is not a text file.`);
  return text;
}
