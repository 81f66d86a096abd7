// Charts through Chart.js, registered piece by piece so the bundle carries only what is used.
// Chart.js draws on canvas and sets sizes through the CSSOM, which the CSP allows.

import {
  BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement,
  PointElement, Tooltip, type ChartConfiguration,
} from "chart.js";
import { h } from "./dom";
import { locale } from "./i18n";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend, Filler);

const live = new WeakMap<HTMLCanvasElement, Chart>();

/** A canvas with its chart; the chart is drawn once the canvas is in the page. */
export function chart(config: ChartConfiguration, label: string, height = 240): HTMLElement {
  const canvas = h("canvas", { role: "img", "aria-label": label });
  const box = h("div", { class: "chart" }, canvas);
  box.style.height = `${height}px`;
  requestAnimationFrame(() => {
    if (!canvas.isConnected) return;
    live.get(canvas)?.destroy();
    live.set(canvas, new Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, locale: locale(), ...config.options } }));
  });
  return box;
}

export const colors = {
  accent: "#1f4e79",
  soft: "#9bb7d4",
  gold: "#d4a017",
  good: "#2e7d32",
  bad: "#b3261e",
  grey: "#9aa3ad",
};
