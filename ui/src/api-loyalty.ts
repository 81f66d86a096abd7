// Printed loyalty cards and the printer offset (src-tauri/src/commands/loyalty_cards.rs), typed.

import { call } from "./api";
import type { LoyaltyCardsInput } from "./generated/ipc";

export const loyaltyApi = {
  printerOffset: () => call("printer_offset", {}),
  /** As typed (`-1,5`); refused field by field (`printer_offset_x`, `printer_offset_y`). */
  setPrinterOffset: (x: string, y: string) => call("set_printer_offset", { x, y }),
  /** The calibration page through the save dialog; the file's name, or null if cancelled. */
  saveCalibrationPage: (open: boolean) => call("save_calibration_page", { open }),
  /** The cards through the save dialog; null if cancelled. */
  saveCards: (input: LoyaltyCardsInput) => call("save_loyalty_cards", { input }),
};
