import { CancelledError } from '../errors.js';

export interface Choice<T> {
  value: T;
  name: string;
  checked?: boolean;
  description?: string;
}

/**
 * How the wizard asks. The flow decides *what* to ask; this decides *how*. Tests drive the flow with
 * plain answers or with @inquirer/testing; the CLI uses Inquirer on the terminal.
 */
export interface Asker {
  text(options: {
    message: string;
    default?: string;
    /** Returns true, or the message to show (same checks as `validate`). */
    validate?: (value: string) => true | string | Promise<true | string>;
    /** Shown next to the answer while typing (the live word count). */
    transformer?: (value: string, state: { isFinal: boolean }) => string;
    /** Put the default in the line so it can be edited rather than replaced. */
    editable?: boolean;
  }): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  select<T extends string>(options: { message: string; choices: Array<Choice<T>>; default?: T }): Promise<T>;
  checkbox<T extends string>(options: { message: string; choices: Array<Choice<T>> }): Promise<T[]>;
}

/** Ctrl-C or a closed terminal inside a prompt becomes one error the command turns into exit 130. */
async function cancellable<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new CancelledError('cancelled');
    throw error;
  }
}

/** The Inquirer-backed asker; @inquirer/prompts is loaded only when the wizard really prompts. */
export async function inquirerAsker(): Promise<Asker> {
  const prompts = await import('@inquirer/prompts');
  return {
    text: (o) => cancellable(() => prompts.input({
      message: o.message,
      ...(o.default !== undefined ? { default: o.default } : {}),
      ...(o.editable && o.default ? { prefill: 'editable' as const } : {}),
      ...(o.validate ? { validate: o.validate } : {}),
      ...(o.transformer ? { transformer: o.transformer } : {}),
    })),
    confirm: (o) => cancellable(() => prompts.confirm({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}) })),
    select: (o) => cancellable(() => prompts.select({ message: o.message, choices: o.choices, ...(o.default !== undefined ? { default: o.default } : {}) })),
    checkbox: (o) => cancellable(() => prompts.checkbox({ message: o.message, choices: o.choices })),
  };
}
