import { ProviderError } from './errors';

/** What the router asks of a remote model: a system text, a prompt, a JSON object back. */
export interface CompletionRequest {
  baseUrl: string;
  apiKey: string;
  model: string;
  system: string;
  prompt: string;
  maxOutputTokens: number;
  timeoutMs: number;
}

export interface Completion {
  /** The model's text: JSON, since both APIs are asked for JSON output. */
  text: string;
  inputTokens: number;
  outputTokens: number;
}

const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;

/**
 * POSTs a JSON body with a deadline covering the whole exchange (headers and body). Failures
 * become ProviderErrors carrying a code and the HTTP status only: response bodies are never
 * logged or passed on (an error body could quote the request).
 */
async function postJson(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  timeoutMs: number,
): Promise<unknown> {
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    throw failure(error, signal);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new ProviderError(`http_${response.status}`, `The provider answered ${response.status}.`);
  }
  try {
    return await response.json();
  } catch (error) {
    if (signal.aborted) throw failure(error, signal);
    throw new ProviderError('bad_response', 'The provider answered something that is not JSON.');
  }
}

function failure(error: unknown, signal: AbortSignal): ProviderError {
  const name = (error as { name?: string } | null)?.name;
  if (signal.aborted || name === 'TimeoutError' || name === 'AbortError') {
    return new ProviderError('timeout', 'The provider did not answer in time.');
  }
  return new ProviderError('network', 'The provider could not be reached.');
}

const base = (url: string) => url.replace(/\/+$/, '');

/** Gemini `models/{model}:generateContent` with JSON output. */
export async function geminiComplete(request: CompletionRequest): Promise<Completion> {
  const url = `${base(request.baseUrl)}/v1beta/models/${encodeURIComponent(request.model)}:generateContent`;
  const answer = (await postJson(
    url,
    { 'x-goog-api-key': request.apiKey },
    {
      systemInstruction: { parts: [{ text: request.system }] },
      contents: [{ role: 'user', parts: [{ text: request.prompt }] }],
      generationConfig: {
        responseMimeType: 'application/json',
        maxOutputTokens: request.maxOutputTokens,
        temperature: 0.4,
      },
    },
    request.timeoutMs,
  )) as {
    candidates?: { content?: { parts?: { text?: unknown }[] } }[];
    usageMetadata?: {
      promptTokenCount?: unknown;
      candidatesTokenCount?: unknown;
      thoughtsTokenCount?: unknown;
    };
  } | null;
  const usage = {
    inputTokens: count(answer?.usageMetadata?.promptTokenCount),
    // Thinking tokens are billed as output.
    outputTokens:
      count(answer?.usageMetadata?.candidatesTokenCount) +
      count(answer?.usageMetadata?.thoughtsTokenCount),
  };
  const parts = answer?.candidates?.[0]?.content?.parts ?? [];
  const text = parts.map((part) => (typeof part.text === 'string' ? part.text : '')).join('');
  if (!text) throw new ProviderError('empty_answer', 'The provider returned no text.', usage);
  return { text, ...usage };
}

/** OpenAI chat completions with `response_format: json_object`. */
export async function openAiComplete(request: CompletionRequest): Promise<Completion> {
  const answer = (await postJson(
    `${base(request.baseUrl)}/v1/chat/completions`,
    { Authorization: `Bearer ${request.apiKey}` },
    {
      model: request.model,
      messages: [
        { role: 'system', content: request.system },
        { role: 'user', content: request.prompt },
      ],
      response_format: { type: 'json_object' },
      // No temperature: reasoning models accept only the default.
      max_completion_tokens: request.maxOutputTokens,
    },
    request.timeoutMs,
  )) as {
    choices?: { message?: { content?: unknown } }[];
    usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
  } | null;
  const usage = {
    inputTokens: count(answer?.usage?.prompt_tokens),
    outputTokens: count(answer?.usage?.completion_tokens),
  };
  const text = answer?.choices?.[0]?.message?.content;
  if (typeof text !== 'string' || !text) {
    throw new ProviderError('empty_answer', 'The provider returned no text.', usage);
  }
  return { text, ...usage };
}
