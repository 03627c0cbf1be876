import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import ja from "./ja.json";

function keysOf(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === "object" ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function valueAt(messages: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

/** The arguments a message uses ({name}, {count, plural, …}), found by the ICU parser itself. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if ("options" in element) for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  visit(parse(text));
  return [...names].sort();
}

describe("[I18N] message files", () => {
  it("have exactly the same keys in Japanese and English", () => {
    const jaKeys = new Set(keysOf(ja));
    const enKeys = new Set(keysOf(en));
    expect([...jaKeys].filter((key) => !enKeys.has(key)), "keys only in ja.json").toEqual([]);
    expect([...enKeys].filter((key) => !jaKeys.has(key)), "keys only in en.json").toEqual([]);
  });

  it("have no empty text and the same placeholders in both languages", () => {
    for (const key of keysOf(en)) {
      const english = String(valueAt(en, key));
      const japanese = String(valueAt(ja, key));
      expect(english.trim(), key).not.toBe("");
      expect(japanese.trim(), key).not.toBe("");
      expect(new Set(placeholders(japanese)), key).toEqual(new Set(placeholders(english)));
    }
  });
});
