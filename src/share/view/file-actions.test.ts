import { describe, expect, it } from "vitest";
import { MAX_OPEN_BYTES, readPythonFile } from "./file-actions";

const file = (bytes: BlobPart[], name = "app.py") => new File(bytes, name);

describe("readPythonFile", () => {
  it("reads UTF-8 text, BOM-free, as it is", async () => {
    await expect(readPythonFile(file(["print('é')\n"]))).resolves.toBe("print('é')\n");
  });
  it("refuses a binary file with a message that names it, not the decoder's error", async () => {
    const png = file([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe])], "photo.png");
    await expect(readPythonFile(png)).rejects.toThrow(/^photo\.png is not a text file, so it cannot be an app: open a \.py file/);
    await expect(readPythonFile(file(["a\u0000b"], "data.bin"))).rejects.toThrow(/^data\.bin is not a text file/);
  });
  it("refuses a file over the limit before reading it", async () => {
    await expect(readPythonFile(file([new Uint8Array(MAX_OPEN_BYTES + 1)], "big.py"))).rejects.toThrow(/big\.py is 1,000,001 bytes/);
  });
});
