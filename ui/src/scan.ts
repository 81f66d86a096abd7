// A USB barcode scanner is a keyboard: it sends the key positions of a US keyboard, which a
// French or Belgian AZERTY layout turns into `à&é"'(-è_ç` instead of digits, and `,` for M.
// The counter's field reads what a scan types by the PHYSICAL key (`KeyboardEvent.code`), so a
// scan is right whatever the layout, and what a hand types by its character (`key`), so
// "Hélène" typed on AZERTY keeps its é.
//
// A scan is told from a hand by its speed: a scanner sends its keys a few milliseconds apart,
// a typist tens of milliseconds apart. Digit keys are also read by position while everything in
// the field so far is digits (a number typed by hand on AZERTY without Shift).

export interface Stroke {
  code: string;
  key: string;
  /** When it was pressed, in milliseconds (`KeyboardEvent.timeStamp`). */
  at: number;
}

/** Keys closer together than this are a scanner's. */
export const SCAN_GAP_MS = 25;

/** The character a key position gives on a US keyboard (what the scanner meant), if any. */
export function physicalChar(code: string): string | null {
  let m = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (m) return m[1];
  m = /^Key([A-Z])$/.exec(code);
  if (m) return m[1];
  if (code === "Minus" || code === "NumpadSubtract") return "-";
  return null;
}

function isDigitKey(code: string): boolean {
  return /^(?:Digit|Numpad)[0-9]$/.test(code);
}

/** The text a run of key strokes typed. */
export function decodeStrokes(strokes: Stroke[], gap = SCAN_GAP_MS): string {
  let out = "";
  strokes.forEach((s, i) => {
    const fast = (i > 0 && s.at - strokes[i - 1].at < gap) || (i + 1 < strokes.length && strokes[i + 1].at - s.at < gap);
    const physical = physicalChar(s.code);
    if (physical !== null && fast) {
      out += physical;
    } else if (physical !== null && isDigitKey(s.code) && /^[0-9 ]*$/.test(out) && !/^[0-9]$/.test(s.key)) {
      // A digit key by hand while the field holds a number: AZERTY's & é " ' ( - è _ ç à.
      out += physical;
    } else {
      out += s.key;
    }
  });
  return out;
}

/**
 * Makes `input` read scans by key position. `onEnter` gets the text when Enter ends it (a
 * scanner sends Enter after the code).
 */
export function scanField(input: HTMLInputElement, onEnter: (text: string) => void): void {
  let strokes: Stroke[] = [];
  const redraw = () => {
    input.value = decodeStrokes(strokes);
  };
  input.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.key === "Enter") {
      e.preventDefault();
      const text = input.value;
      strokes = [];
      onEnter(text);
      return;
    }
    if (e.key === "Backspace" && input.selectionStart === input.value.length && input.selectionEnd === input.value.length) {
      e.preventDefault();
      strokes.pop();
      redraw();
      return;
    }
    if (e.key.length !== 1 || input.selectionStart !== input.value.length) return;
    e.preventDefault();
    strokes.push({ code: e.code, key: e.key, at: e.timeStamp });
    redraw();
  });
  // Pasted, edited in the middle, cleared: take the text as it is, as typed by hand.
  input.addEventListener("input", () => {
    strokes = [...input.value].map((c, i) => ({ code: "", key: c, at: -1_000_000 + i * 1000 }));
  });
}
