// Progress for long jobs: a bar fed by the Channel passed with the command, and a cancel
// button that asks the backend to stop the job (which then writes nothing).

import { Channel } from "@tauri-apps/api/core";
import { api } from "./api";
import { h } from "./dom";
import { t } from "./i18n";

import type { Progress } from "./generated/ipc";

export type { Progress } from "./generated/ipc";

export interface ProgressView {
  element: HTMLElement;
  channel: Channel<Progress>;
  /** Hides the bar again once the job is over. */
  finish(): void;
}

export function progressView(cancelLabel: string): ProgressView {
  const bar = h("progress", { max: 1, value: 0, class: "job-progress" });
  const text = h("span", { class: "muted" });
  const cancel = h("button", { type: "button", class: "cancel-job" }, cancelLabel);
  const element = h("div", { class: "progress-row", hidden: true }, bar, text, cancel);
  let job: number | null = null;
  cancel.addEventListener("click", () => {
    if (job !== null) void api.cancelJob(job);
    cancel.setAttribute("disabled", "");
  });
  const channel = new Channel<Progress>();
  channel.onmessage = (p) => {
    job = p.job;
    element.hidden = false;
    if (p.total > 0) {
      bar.max = p.total;
      bar.value = p.done;
      text.textContent = t("progress-done-of", { done: p.done, total: p.total });
    } else {
      bar.removeAttribute("value"); // indeterminate until the size is known
    }
  };
  return {
    element,
    channel,
    finish() {
      element.hidden = true;
      cancel.removeAttribute("disabled");
    },
  };
}
