// Types for wheel.mjs (so TypeScript tests can import it).
export interface WheelFile {
  path: string;
  data: Uint8Array;
}
export interface WheelOptions {
  name: string;
  version: string;
  packageFiles: WheelFile[];
  metadata: string;
  distInfoFiles?: WheelFile[];
  generator?: string;
}
export interface AssembledWheel {
  fileName: string;
  distInfo: string;
  entries: WheelFile[];
}
export const WHEEL_TAG: string;
export const DEFAULT_GENERATOR: string;
export function canonicalName(name: string): string;
export function wheelNameComponent(name: string): string;
export function wheelFileName(name: string, version: string): string;
export function distInfoDirName(name: string, version: string): string;
export function recordHash(data: Uint8Array): string;
export function csvRow(fields: string[]): string;
export function buildRecord(files: WheelFile[], recordPath: string): string;
export function wheelFileText(generator?: string): string;
export function minimalMetadata(name: string, version: string): string;
export function parseMetadata(text: string): { headers: [string, string][]; name?: string; version?: string };
export function setLicenseFiles(metadataText: string, names: string[]): string;
export function selectPayload(paths: string[]): string[];
export function selectDistInfoFiles(paths: string[], kind: "dist-info" | "egg-info"): string[];
export function assembleWheel(options: WheelOptions): AssembledWheel;
export function buildWheel(options: WheelOptions): AssembledWheel & { bytes: Buffer };
