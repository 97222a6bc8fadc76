import { env } from 'cloudflare:workers';
import { vi } from 'vitest';

// Stand-ins for the providers' public HTTP APIs: globalThis.fetch is replaced for the test, and
// requests to GEMINI_API_BASE / OPENAI_API_BASE are answered in each API's own wire format, so
// the gateway's real HTTP clients run end to end (URL, headers, JSON body, timeout).

export type Provider = 'gemini' | 'openai';

export interface SeenRequest {
  provider: Provider;
  url: string;
  model: string;
  /** The key the client sent (x-goog-api-key or the Bearer token). */
  key: string | null;
  system: string;
  prompt: string;
  body: Record<string, unknown>;
}

export type Behaviour =
  | { answer: string; inputTokens?: number; outputTokens?: number }
  | { status: number }
  /** Never answers: only the client's own deadline (AbortSignal) ends the request. */
  | 'hang';

export type Handler = (request: SeenRequest) => Behaviour | Promise<Behaviour>;

/** A model that reads the candidate prompt and answers with the first `count` people. */
export const candidateModel: Handler = (request) => {
  const prompt = JSON.parse(request.prompt) as {
    thread: { title: string };
    count: number;
    people: { userId: string }[];
  };
  const candidates = prompt.people.slice(0, prompt.count).map((person) => ({
    userId: person.userId,
    reason: `${request.provider} thinks they would enjoy "${prompt.thread.title}".`,
  }));
  return { answer: JSON.stringify({ candidates }), inputTokens: 1000, outputTokens: 100 };
};

/** Answers the provider check ({"ok":true}) and candidate prompts alike. */
export const workingModel: Handler = (request) =>
  request.system.includes('check that an API works')
    ? { answer: '{"ok":true}', inputTokens: 30, outputTokens: 5 }
    : candidateModel(request);

function geminiWire(behaviour: Exclude<Behaviour, 'hang' | { status: number }>, model: string) {
  return {
    candidates: [
      {
        content: { role: 'model', parts: [{ text: behaviour.answer }] },
        finishReason: 'STOP',
        index: 0,
      },
    ],
    usageMetadata: {
      promptTokenCount: behaviour.inputTokens ?? 0,
      candidatesTokenCount: behaviour.outputTokens ?? 0,
      totalTokenCount: (behaviour.inputTokens ?? 0) + (behaviour.outputTokens ?? 0),
    },
    modelVersion: model,
  };
}

function openAiWire(behaviour: Exclude<Behaviour, 'hang' | { status: number }>, model: string) {
  return {
    id: 'chatcmpl-standin',
    object: 'chat.completion',
    created: 1767225600,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: behaviour.answer, refusal: null },
        finish_reason: 'stop',
      },
    ],
    usage: {
      prompt_tokens: behaviour.inputTokens ?? 0,
      completion_tokens: behaviour.outputTokens ?? 0,
      total_tokens: (behaviour.inputTokens ?? 0) + (behaviour.outputTokens ?? 0),
    },
  };
}

function parse(url: string, init: RequestInit | undefined): SeenRequest {
  const headers = new Headers(init?.headers);
  const body = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
  if (url.startsWith(`${env.GEMINI_API_BASE}/v1beta/models/`)) {
    const match = /\/v1beta\/models\/([^/]+):generateContent$/.exec(new URL(url).pathname);
    const contents = body.contents as { parts: { text: string }[] }[];
    const system = body.systemInstruction as { parts: { text: string }[] };
    return {
      provider: 'gemini',
      url,
      model: decodeURIComponent(match?.[1] ?? ''),
      key: headers.get('x-goog-api-key'),
      system: system.parts[0]?.text ?? '',
      prompt: contents[0]?.parts[0]?.text ?? '',
      body,
    };
  }
  if (url === `${env.OPENAI_API_BASE}/v1/chat/completions`) {
    const messages = body.messages as { role: string; content: string }[];
    return {
      provider: 'openai',
      url,
      model: String(body.model),
      key: headers.get('authorization')?.replace(/^Bearer /, '') ?? null,
      system: messages.find((m) => m.role === 'system')?.content ?? '',
      prompt: messages.find((m) => m.role === 'user')?.content ?? '',
      body,
    };
  }
  throw new Error(`Unexpected fetch to ${url}`);
}

/**
 * Installs the stand-ins. `keys` are the keys each stand-in accepts (others get the provider's
 * "invalid key" status); `handlers` decide each answer. Returns the requests seen.
 */
export function standIns(
  handlers: Partial<Record<Provider, Handler>>,
  keys: Partial<Record<Provider, string>>,
) {
  const seen: SeenRequest[] = [];
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const request = parse(url, init);
    seen.push(request);
    if (request.key !== keys[request.provider]) {
      return Response.json(
        { error: { code: request.provider === 'gemini' ? 400 : 401, message: 'bad key' } },
        { status: request.provider === 'gemini' ? 400 : 401 },
      );
    }
    const behaviour = await (handlers[request.provider] ?? workingModel)(request);
    if (behaviour === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason));
      });
    }
    if ('status' in behaviour) {
      return Response.json(
        { error: { code: behaviour.status, message: 'stand-in failure' } },
        {
          status: behaviour.status,
        },
      );
    }
    const wire =
      request.provider === 'gemini'
        ? geminiWire(behaviour, request.model)
        : openAiWire(behaviour, request.model);
    return Response.json(wire);
  });
  return { seen, restore: () => spy.mockRestore() };
}
