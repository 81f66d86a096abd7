import { describe, expect, it } from "vitest";
import { decodeStrokes, physicalChar, type Stroke } from "./scan";

// The keys an AZERTY (French) keyboard gives for the digit row without Shift.
const AZERTY: Record<string, string> = { "1": "&", "2": "é", "3": '"', "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç", "0": "à" };

function scanned(text: string, layout: (c: string) => string, gapMs = 4): Stroke[] {
  return [...text].map((c, i) => {
    const code = /[0-9]/.test(c) ? `Digit${c}` : /[A-Z]/.test(c) ? `Key${c}` : c === "-" ? "Minus" : "";
    return { code, key: layout(c), at: 1000 + i * gapMs };
  });
}

describe("the counter's scan field", () => {
  it("reads a card scanned on an AZERTY keyboard as its digits", () => {
    const strokes = scanned("1000000018", (c) => AZERTY[c] ?? c);
    expect(strokes.map((s) => s.key).join("")).toBe("&ààààààà&_");
    expect(decodeStrokes(strokes)).toBe("1000000018");
  });

  it("reads an offer code scanned on AZERTY, its M typed as a comma", () => {
    const azerty = (c: string) => (c === "M" ? "," : c === "A" ? "q" : AZERTY[c] ?? c.toLowerCase());
    expect(decodeStrokes(scanned("M2612-01X", azerty))).toBe("M2612-01X");
  });

  it("keeps what a hand types: Hélène's é stays an é", () => {
    const hand: Stroke[] = [
      { code: "KeyH", key: "H", at: 0 },
      { code: "Digit2", key: "é", at: 180 },
      { code: "KeyL", key: "l", at: 330 },
      { code: "Digit7", key: "è", at: 470 },
      { code: "KeyN", key: "n", at: 640 },
      { code: "KeyE", key: "e", at: 800 },
    ];
    expect(decodeStrokes(hand)).toBe("Hélène");
  });

  it("reads a number typed slowly by hand on AZERTY without Shift as digits", () => {
    expect(decodeStrokes(scanned("0612", (c) => AZERTY[c] ?? c, 200))).toBe("0612");
  });

  it("leaves a QWERTY scan and the numeric pad alone", () => {
    expect(decodeStrokes(scanned("1000000018", (c) => c))).toBe("1000000018");
    expect(physicalChar("Numpad7")).toBe("7");
    expect(physicalChar("Enter")).toBeNull();
  });
});
