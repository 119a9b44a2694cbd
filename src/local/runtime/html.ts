/**
 * HtmlService: HtmlOutput, HtmlTemplate (scriptlets <? ?>, <?= ?> escaped, <?!= ?> raw) and the
 * project's HTML files given at load time.
 * Sources: HtmlService / HtmlOutput / HtmlTemplate references and the "Templated HTML" guide.
 * Production error for a missing file: "No HTML file named X was found."
 */
import { type Kernel, SPEC, uniformSpec } from './kernel';
import type { Implements } from './types';

type HO = GoogleAppsScript.HTML.HtmlOutput;
type HT = GoogleAppsScript.HTML.HtmlTemplate;

const OUTPUT_SPEC = uniformSpec('HtmlOutput', 'html', 'html');
const TEMPLATE_SPEC = uniformSpec('HtmlTemplate', 'html', 'html', true);
const SERVICE_SPEC = uniformSpec('HtmlService', 'html', 'html');

const SANDBOX_MODE = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
const X_FRAME_OPTIONS_MODE = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

export class HtmlOutputImpl
  implements
    Implements<
      HO,
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getContent'
      | 'getHeight'
      | 'getTitle'
      | 'getWidth'
      | 'setContent'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setTitle'
      | 'setWidth'
      | 'setXFrameOptionsMode'
    >
{
  readonly [SPEC] = OUTPUT_SPEC;
  #content: string;
  #title = '';
  #width = 0;
  #height = 0;

  constructor(content = '') {
    this.#content = content;
  }

  append(addedContent: string): HtmlOutputImpl {
    this.#content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): HtmlOutputImpl {
    this.#content += escapeHtml(String(addedContent));
    return this;
  }

  clear(): HtmlOutputImpl {
    this.#content = '';
    return this;
  }

  getContent(): string {
    return this.#content;
  }

  setContent(content: string): HtmlOutputImpl {
    this.#content = String(content);
    return this;
  }

  getHeight(): number {
    return this.#height;
  }

  setHeight(height: number): HtmlOutputImpl {
    this.#height = height;
    return this;
  }

  getWidth(): number {
    return this.#width;
  }

  setWidth(width: number): HtmlOutputImpl {
    this.#width = width;
    return this;
  }

  getTitle(): string {
    return this.#title;
  }

  setTitle(title: string): HtmlOutputImpl {
    this.#title = String(title);
    return this;
  }

  /** Sidebars are always IFRAME-sandboxed now; the mode is accepted and changes nothing. */
  setSandboxMode(_mode: string): HtmlOutputImpl {
    return this;
  }

  setXFrameOptionsMode(_mode: string): HtmlOutputImpl {
    return this;
  }
}

/** Turns template text into the source of a function (vars, escape) => html. */
function compileTemplate(raw: string): string {
  let body = '';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    if (m.index > last) body += `__o += ${JSON.stringify(raw.slice(last, m.index))};\n`;
    const code = m[2] ?? '';
    if (m[1] === '=') body += `__o += __esc(${code});\n`;
    else if (m[1] === '!=') body += `__o += String(${code});\n`;
    else body += `${code}\n`;
    last = re.lastIndex;
  }
  if (last < raw.length) body += `__o += ${JSON.stringify(raw.slice(last))};\n`;
  return `(function (__vars, __esc) { with (__vars) { var __o = '';\n${body}return __o; } })`;
}

export class HtmlTemplateImpl implements Implements<HT, 'evaluate' | 'getRawContent'> {
  readonly [SPEC] = TEMPLATE_SPEC;
  [propName: string]: unknown;
  readonly #kernel: Kernel;
  readonly #raw: string;

  constructor(kernel: Kernel, raw: string) {
    this.#kernel = kernel;
    this.#raw = raw;
  }

  evaluate(): HtmlOutputImpl {
    const vars: Record<string, unknown> = {};
    for (const key of Object.keys(this)) vars[key] = this[key];
    const fn = this.#kernel.realm.evaluate(compileTemplate(this.#raw)) as (
      v: object,
      e: (x: unknown) => string,
    ) => string;
    return new HtmlOutputImpl(fn(vars, (x) => escapeHtml(String(x))));
  }

  getRawContent(): string {
    return this.#raw;
  }
}

export class HtmlServiceImpl {
  readonly [SPEC] = SERVICE_SPEC;
  readonly SandboxMode = SANDBOX_MODE;
  readonly XFrameOptionsMode = X_FRAME_OPTIONS_MODE;

  constructor(
    private readonly kernel: Kernel,
    private readonly files: Readonly<Record<string, string>>,
  ) {}

  #file(filename: string): string {
    const name = String(filename);
    const text = this.files[name] ?? this.files[`${name}.html`];
    if (text === undefined) this.kernel.fail(`No HTML file named ${name} was found.`);
    return text as string;
  }

  createHtmlOutput(html?: string | { getDataAsString(): string }): HtmlOutputImpl {
    const content = html === undefined ? '' : typeof html === 'string' ? html : html.getDataAsString();
    return new HtmlOutputImpl(content);
  }

  createHtmlOutputFromFile(filename: string): HtmlOutputImpl {
    return new HtmlOutputImpl(this.#file(filename));
  }

  createTemplate(html: string | { getDataAsString(): string }): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.kernel, typeof html === 'string' ? html : html.getDataAsString());
  }

  createTemplateFromFile(filename: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.kernel, this.#file(filename));
  }
}
