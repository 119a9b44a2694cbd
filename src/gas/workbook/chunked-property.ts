/**
 * A text kept in document properties across as many values as it needs: a property value holds at
 * most 9 KB (Apps Script's quota page), so the text is cut into parts of at most 8,000 characters
 * under `key.0`, `key.1`…, with their count under `key`. Kamnot keeps only small records here; the
 * parts keep one of them from ever failing a run by outgrowing a single value.
 */
type Props = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty'>;

const PART = 8_000;

export function readChunked(props: Pick<Props, 'getProperty'>, key: string): string | null {
  const count = Number(props.getProperty(key) ?? 'NaN');
  if (!Number.isInteger(count) || count < 0 || count > 60) return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const part = props.getProperty(`${key}.${i}`);
    if (part === null) return null;
    text += part;
  }
  return text;
}

export function writeChunked(props: Props, key: string, text: string): void {
  const before = Number(props.getProperty(key) ?? 0);
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += PART) parts.push(text.slice(i, i + PART));
  parts.forEach((part, i) => {
    props.setProperty(`${key}.${i}`, part);
  });
  props.setProperty(key, String(parts.length));
  for (let i = parts.length; i < (Number.isInteger(before) ? before : 0); i++)
    props.deleteProperty(`${key}.${i}`);
}
