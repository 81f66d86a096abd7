// A list that draws only the rows in view, so 100,000 customers scroll as smoothly as 50.
// Rows are fetched by pages as they come into view.

import { h } from "./dom";

/** The rows to draw for a scroll position, with a few extra above and below. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 8): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return [first, Math.max(first, last)];
}

export interface VirtualListOptions<T> {
  rowHeight: number;
  pageSize: number;
  /** Loads `limit` rows from `offset`, with the total count. */
  load: (offset: number, limit: number) => Promise<{ total: number; rows: T[] }>;
  renderRow: (row: T, index: number) => HTMLElement;
  onTotal?: (total: number) => void;
}

export class VirtualList<T> {
  readonly element: HTMLDivElement;
  private spacer: HTMLDivElement;
  private pages = new Map<number, T[] | "loading">();
  private total = 0;
  private generation = 0;

  constructor(private options: VirtualListOptions<T>) {
    this.spacer = h("div", { class: "vlist-spacer" });
    this.element = h("div", { class: "vlist", role: "list" }, this.spacer);
    this.element.addEventListener("scroll", () => this.draw());
  }

  /** Starts over (a new search): forgets loaded pages and loads the first one. */
  async reset(): Promise<void> {
    this.generation += 1;
    this.pages.clear();
    this.element.scrollTop = 0;
    await this.loadPage(0, this.generation);
  }

  private async loadPage(page: number, generation: number): Promise<void> {
    if (this.pages.has(page)) return;
    this.pages.set(page, "loading");
    const { total, rows } = await this.options.load(page * this.options.pageSize, this.options.pageSize);
    if (generation !== this.generation) return; // a newer search has started
    this.pages.set(page, rows);
    if (total !== this.total || page === 0) {
      this.total = total;
      this.options.onTotal?.(total);
    }
    this.draw();
  }

  private row(index: number): T | undefined {
    const page = this.pages.get(Math.floor(index / this.options.pageSize));
    return Array.isArray(page) ? page[index % this.options.pageSize] : undefined;
  }

  draw(): void {
    const { rowHeight, pageSize } = this.options;
    this.spacer.style.height = `${this.total * rowHeight}px`;
    const viewport = this.element.clientHeight || 600;
    const [first, last] = visibleRange(this.element.scrollTop, viewport, rowHeight, this.total);
    const drawn: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const row = this.row(i);
      if (row === undefined) {
        void this.loadPage(Math.floor(i / pageSize), this.generation);
        continue;
      }
      const el = this.options.renderRow(row, i);
      el.classList.add("vlist-row");
      el.style.top = `${i * rowHeight}px`;
      el.style.height = `${rowHeight}px`;
      drawn.push(el);
    }
    this.spacer.replaceChildren(...drawn);
  }
}
