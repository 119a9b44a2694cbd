/** Tiny DOM helpers: every text goes in as a text node (never innerHTML with data). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children)
    if (c !== null) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A button that reads as a link (opens a tab, selects rows): keyboard-usable, unlike a bare <a>. */
export function linkButton(
  text: string,
  attrs: Record<string, string>,
  onClick: () => void,
): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'link', ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
}
