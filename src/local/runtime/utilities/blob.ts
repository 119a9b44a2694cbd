/**
 * Minimal Blob (Utilities.newBlob). Apps Script byte arrays are Java bytes: signed, -128..127.
 * Source: Apps Script Blob / Utilities references.
 */
import { SPEC, uniformSpec } from '../kernel';

export const BLOB_SPEC = uniformSpec('Blob', 'utility', 'free');

export const toSigned = (bytes: Uint8Array): number[] => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
export const fromSigned = (bytes: readonly number[]): Uint8Array => Uint8Array.from(bytes, (b) => b & 0xff);

export class BlobImpl
  implements
    Pick<GoogleAppsScript.Base.Blob, 'getDataAsString' | 'getContentType' | 'getName' | 'isGoogleType'>
{
  readonly [SPEC] = BLOB_SPEC;
  #bytes: Uint8Array;
  #contentType: string | null;
  #name: string | null;

  constructor(bytes: Uint8Array, contentType: string | null = null, name: string | null = null) {
    this.#bytes = bytes;
    this.#contentType = contentType;
    this.#name = name;
  }

  getBytes(): number[] {
    return toSigned(this.#bytes);
  }

  getDataAsString(charset?: string): string {
    return Buffer.from(this.#bytes).toString(charset && /ascii/i.test(charset) ? 'ascii' : 'utf8');
  }

  setDataFromString(text: string): BlobImpl {
    this.#bytes = new Uint8Array(Buffer.from(String(text), 'utf8'));
    return this;
  }

  getContentType(): string | null {
    return this.#contentType;
  }

  setContentType(contentType: string | null): BlobImpl {
    this.#contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.#name;
  }

  setName(name: string): BlobImpl {
    this.#name = name;
    return this;
  }

  isGoogleType(): boolean {
    return false;
  }

  copyBlob(): BlobImpl {
    return new BlobImpl(this.#bytes.slice(), this.#contentType, this.#name);
  }

  getAs(contentType: string): BlobImpl {
    return new BlobImpl(this.#bytes.slice(), contentType, this.#name);
  }
}
