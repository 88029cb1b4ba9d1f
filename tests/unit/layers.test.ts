// The layer directions of DESIGN.md are enforced by ESLint; this test proves the rules bite
// by linting small probe files placed (virtually) in each layer.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layer rules', () => {
  it('keep src/core free of Svelte, Blockly, Dexie, the DOM and upper layers', async () => {
    const code = [
      "import 'svelte';",
      "import 'blockly';",
      "import 'dexie';",
      "import '../ui/context';",
      "import '../storage/db';",
      'export const agent = navigator.userAgent;',
      'export const body = document.body;',
    ].join('\n');
    const messages = await restrictedMessages('src/core/probe.ts', code);
    expect(messages).toHaveLength(7);
  });

  it('keep robots away from devices, storage and the UI', async () => {
    const code = "import '../devices/web-serial';\nimport '../ui/context';\nimport 'svelte';\n";
    expect(await restrictedMessages('src/robots/probe.ts', code)).toHaveLength(3);
  });

  it('keep storage away from Blockly and the UI', async () => {
    const code = "import 'blockly';\nimport '../ui/context';\n";
    expect(await restrictedMessages('src/storage/probe.ts', code)).toHaveLength(2);
  });

  it('let the UI import every lower layer', async () => {
    const code = [
      "import '../core/geometry';",
      "import '../storage/db';",
      "import '../devices/session';",
      "import 'blockly';",
    ].join('\n');
    expect(await restrictedMessages('src/ui/probe.ts', code)).toEqual([]);
  });

  it('keep the UI from reaching into the composition root', async () => {
    expect(await restrictedMessages('src/ui/probe.ts', "import '../app/routes';\n")).toHaveLength(
      1,
    );
  });
});
