import type { DefaultValue, FormMetadata, SubmissionResult } from "@conform-to/react";
import { useEffect, useId, useRef, useState } from "react";

// The forms validate on the server only (decision 0002): a component needs from its form state
// the field ids, the server's errors and the values to show, all derived from the action's
// `lastResult` (conform's `submission.reply()`) and the loader's default values. conform's
// `useForm` does that with its whole client-side validation machinery (about 9 KB gzipped on every
// form page, decision 0019); this hook gives the same metadata, with the same ids, names and value
// rules, for conform's own `getFormProps` and `getInputProps` and its types. What it keeps of
// conform's behaviour in the browser: each field's `value` follows what is typed (the brand
// preview and the trademark fee read it), a result with `initialValue: null` (reply({ resetForm }))
// resets the form, a result's errors replace the shown ones, and the first invalid field takes
// the focus.

type Errors = Record<string, string[]>;
type State = { root: unknown; value: unknown; error: Errors; generation: number };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && value.constructor === Object && Object.getPrototypeOf(value) === Object.prototype;
}

/** conform's serialize: default values as a form would post them. */
function serialize(value: unknown): unknown {
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, serialize(v)]));
  if (Array.isArray(value)) return value.map(serialize);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "on" : undefined;
  if (typeof value === "number" || typeof value === "bigint") return value.toString();
  return value ?? undefined;
}

/** conform's normalize: empty strings, nulls, empty files, arrays and objects count as absent. */
function normalize(value: unknown): unknown {
  if (isPlainObject(value)) {
    const entries = Object.keys(value)
      .sort()
      .flatMap((key) => {
        const data = normalize(value[key]);
        return data === undefined ? [] : [[key, data] as const];
      });
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (Array.isArray(value)) return value.length ? value.map(normalize) : undefined;
  if (value === "" || value === null) return undefined;
  if (typeof File !== "undefined" && value instanceof File && value.size === 0) return undefined;
  return value;
}

function valueAt(root: unknown, name: string): unknown {
  if (!name) return root;
  let pointer = root;
  for (const segment of name.split(".")) {
    if (pointer == null || !Object.hasOwn(pointer as object, segment)) return undefined;
    pointer = (pointer as Record<string, unknown>)[segment];
  }
  return pointer;
}

function serverErrors(error: SubmissionResult<string[]>["error"], previous: Errors = {}): Errors {
  const result: Errors = {};
  for (const [name, messages] of Object.entries(error ?? {})) {
    // conform: null keeps the error shown before for that field
    const kept = messages === null ? previous[name] : messages;
    if (kept) result[name] = kept;
  }
  return result;
}

function initialState(lastResult: SubmissionResult<string[]> | null | undefined, defaultValue: unknown): State {
  const root = normalize(lastResult?.initialValue ?? serialize(defaultValue ?? {}));
  return { root, value: root, error: serverErrors(lastResult?.error), generation: 0 };
}

/** The form's current values as conform parses a post: dotted names nest, repeated names list. */
function formValue(form: HTMLFormElement): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const [name, value] of new FormData(form)) {
    const segments = name.split(".");
    let target = payload;
    for (const segment of segments.slice(0, -1)) {
      const next = target[segment];
      target = (isPlainObject(next) ? next : (target[segment] = {})) as Record<string, unknown>;
    }
    const last = segments[segments.length - 1]!;
    const existing = target[last];
    target[last] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return payload;
}

export function useForm<Schema extends Record<string, any>>(options: {
  id?: string;
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: DefaultValue<Schema>;
}): [FormMetadata<Schema, string[]>, ReturnType<FormMetadata<Schema, string[]>["getFieldset"]>] {
  const generatedId = useId();
  const formId = options.id ?? generatedId;
  const { lastResult } = options;
  const defaultValue = useRef(options.defaultValue);
  defaultValue.current = options.defaultValue;
  const [state, setState] = useState(() => initialState(lastResult, options.defaultValue));
  const [reported, setReported] = useState(lastResult);
  const focusPending = useRef(false);

  // A new result from the action (conform's report): derived state, updated during render.
  if (lastResult && lastResult !== reported) {
    setReported(lastResult);
    setState((current) =>
      lastResult.initialValue === null
        ? { ...initialState(undefined, defaultValue.current), generation: current.generation + 1 }
        : {
            ...current,
            value: lastResult.initialValue === undefined ? current.value : normalize(lastResult.initialValue),
            error: serverErrors(lastResult.error, current.error),
          },
    );
    focusPending.current = lastResult.status === "error";
  }

  // Each field's value follows what the user types (a live preview reads it), as with conform.
  useEffect(() => {
    const onInput = (event: Event) => {
      const form = (event.target as HTMLInputElement | null)?.form;
      if (!form || form.id !== formId || !(event.target as HTMLInputElement).name) return;
      const value = normalize(formValue(form));
      setState((current) => ({ ...current, value }));
    };
    document.addEventListener("input", onInput);
    return () => document.removeEventListener("input", onInput);
  }, [formId]);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const form = document.forms.namedItem(formId);
    // An upload's error is kept under the field holding its id (a hidden input); the file input
    // the owner chose with is named `${field}File`, and is what takes the focus.
    const hasError = (name: string) =>
      !!state.error[name] || (name.endsWith("File") && !!state.error[name.slice(0, -4)]);
    for (const element of Array.from(form?.elements ?? [])) {
      const { name, type } = element as HTMLInputElement;
      if (name && type !== "hidden" && hasError(name) && element instanceof HTMLElement) {
        element.focus();
        break;
      }
    }
  }, [state, formId]);

  const key = state.generation ? String(state.generation) : undefined;
  const metadata = (name: string) => {
    const id = name ? `${formId}-${name}` : formId;
    const errors = state.error[name];
    const allErrors = Object.fromEntries(
      Object.entries(state.error).filter(
        ([errorName]) =>
          !name || errorName === name || errorName.startsWith(`${name}.`) || errorName.startsWith(`${name}[`),
      ),
    );
    return {
      id,
      name,
      formId,
      errorId: `${id}-error`,
      descriptionId: `${id}-description`,
      initialValue: valueAt(state.root, name),
      value: valueAt(state.value, name),
      errors,
      allErrors,
      valid: Object.keys(allErrors).length === 0,
      dirty: false,
      key: key && name ? `${key}/${name}` : key,
      getFieldset: () => fieldset(name),
    };
  };
  const fieldset = (prefix: string) =>
    new Proxy(
      {},
      {
        get: (_, field) => (typeof field === "string" ? metadata(prefix ? `${prefix}.${field}` : field) : undefined),
      },
    );
  const form = { ...metadata(""), status: lastResult?.status, noValidate: true, onSubmit: undefined };
  return [form, fieldset("")] as unknown as [
    FormMetadata<Schema, string[]>,
    ReturnType<FormMetadata<Schema, string[]>["getFieldset"]>,
  ];
}
