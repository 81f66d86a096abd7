// Settings' loyalty rules: points per euro (or baht) or a stamp per visit over a minimum, the
// rewards they buy, an expiry, double points in the birthday month, a bonus by stage.

import { STAGES } from "../api-analysis";
import { counterApi, type LoyaltyRulesView } from "../api-counter";
import { h } from "../dom";
import { t, type Key } from "../i18n";
import { field, input, showErrors } from "./forms";

export async function loyaltyCard(): Promise<HTMLElement> {
  const rules = await counterApi.rules();
  const enabled = h("input", { type: "checkbox", id: "loyalty-enabled" });
  enabled.checked = rules.enabled;
  const unit = h("select", { id: "loyalty-unit" }, h("option", { value: "points" }, t("loyalty-unit-points")), h("option", { value: "stamps" }, t("loyalty-unit-stamps")));
  unit.value = rules.unit;
  const perUnit = input({ id: "loyalty-per-unit", inputmode: "numeric", value: String(rules.points_per_unit) });
  const stampMin = input({ id: "loyalty-stamp-min", inputmode: "decimal", value: rules.stamp_min });
  const expiry = input({ id: "loyalty-expiry", inputmode: "numeric", value: String(rules.expiry_months) });
  const birthday = h("input", { type: "checkbox", id: "loyalty-birthday" });
  birthday.checked = rules.birthday_double;
  const rewardRows = [0, 1, 2].map((i) => {
    const r = rules.rewards[i];
    return {
      cost: input({ id: `loyalty-reward-cost-${i}`, inputmode: "numeric", value: r ? String(r.cost) : "" }),
      value: input({ id: `loyalty-reward-value-${i}`, inputmode: "decimal", value: r?.value ?? "" }),
      label: input({ id: `loyalty-reward-label-${i}`, value: r?.label ?? "" }),
    };
  });
  const bonus = STAGES.map((s, i) => input({ id: `loyalty-bonus-${s}`, inputmode: "numeric", value: String(rules.stage_bonus[i] ?? 0), "aria-label": t(`stage-${s}` as Key) }));
  const summary = h("p", { class: "muted", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "card", id: "loyalty-settings" },
    h("h2", {}, t("loyalty-title")),
    h("label", { class: "check" }, enabled, " ", t("loyalty-enabled")),
    field(t("loyalty-unit"), unit, "unit"),
    field(t("loyalty-per-unit"), perUnit, "points_per_unit"),
    field(t("loyalty-stamp-min"), stampMin, "stamp_min"),
    h(
      "fieldset",
      {},
      h("legend", {}, t("loyalty-rewards")),
      rewardRows.map((r, i) =>
        h("div", { class: "row" }, field(t("loyalty-reward-cost"), r.cost, `rewards.${i}.cost`), field(t("loyalty-reward-value"), r.value, `rewards.${i}.value`), field(t("loyalty-reward-label"), r.label, `rewards.${i}.label`)),
      ),
    ),
    field(t("loyalty-expiry"), expiry, "expiry_months", t("loyalty-expiry-help")),
    h("label", { class: "check" }, birthday, " ", t("loyalty-birthday")),
    h("fieldset", {}, h("legend", {}, t("loyalty-bonus")), h("div", { class: "row" }, STAGES.map((s, i) => field(t(`stage-${s}` as Key), bonus[i], `stage_bonus.${s}`)))),
    summary,
    h("button", { type: "submit", class: "primary" }, t("settings-save")),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const whole = (el: HTMLInputElement) => Math.max(0, Math.round(Number(el.value.replace(",", ".")) || 0));
    const next: LoyaltyRulesView = {
      enabled: enabled.checked,
      unit: unit.value === "stamps" ? "stamps" : "points",
      points_per_unit: whole(perUnit),
      stamp_min: stampMin.value,
      rewards: rewardRows.filter((r) => r.cost.value.trim()).map((r) => ({ cost: whole(r.cost), value: r.value.value, label: r.label.value })),
      expiry_months: whole(expiry),
      birthday_double: birthday.checked,
      stage_bonus: bonus.map(whole),
    };
    try {
      await counterApi.setRules(next);
      summary.textContent = t("settings-saved");
    } catch (err) {
      showErrors(form, summary, err, t("form-fix"));
    }
  });
  return form;
}
