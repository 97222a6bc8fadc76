import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  type AiConfig,
  aiConfig,
  type FeatureRoute,
  type ProviderConfig,
  type ProviderKeyRow,
  REMOTE_PROVIDERS,
} from '../../resolvers/ai/config';
import { isAvailable } from '../../resolvers/ai/routing';
import { builder } from '../builder';
import { User } from '../users/user';

export const AiProviderEnum = builder.enumType('AiProvider', {
  description: 'Who answers an AI call.',
  values: {
    GEMINI: { value: 'gemini', description: "Google's Gemini API (generateContent)." },
    OPENAI: { value: 'openai', description: "OpenAI's chat completions API." },
    LOCAL: {
      value: 'local',
      description: 'The built-in deterministic provider: no network, no cost, always available.',
    },
  } as const,
});

const AiFeatureRoute = builder
  .objectRef<FeatureRoute & { feature: string }>('AiFeatureRoute')
  .implement({
    description: 'Which provider and model answer one feature.',
    fields: (t) => ({
      feature: t.exposeString('feature', { description: 'The feature, like thread_candidates.' }),
      provider: t.expose('provider', { type: AiProviderEnum, description: 'Who answers it.' }),
      model: t.exposeString('model', {
        nullable: true,
        description: "The model; null means the provider's default model.",
      }),
    }),
  });

export const AiProviderKey = builder.objectRef<ProviderKeyRow>('AiProviderKey').implement({
  description: 'A provider API key. Only its masked preview is ever shown; it is stored encrypted.',
  fields: (t) => ({
    id: t.id({
      description: 'Global ID, for rotateAiProviderKey and deleteAiProviderKey.',
      resolve: (key) => encodeGlobalID('AiProviderKey', key.id),
    }),
    provider: t.expose('provider', { type: AiProviderEnum, description: 'Whose key it is.' }),
    maskedPreview: t.exposeString('maskedPreview', {
      description: 'First and last four characters, like `sk-a...wxyz`.',
    }),
    active: t.exposeBoolean('isActive', {
      description: 'Whether calls use it (the newest active key of a provider is used).',
    }),
    createdBy: t.field({
      type: User,
      nullable: true,
      description: 'The admin who added it.',
      resolve: (key) => key.createdBy,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
    rotatedAt: t.expose('rotatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its secret was last replaced.',
    }),
  }),
});

export const AiProviderSettings = builder
  .objectRef<{ config: AiConfig; settings: ProviderConfig }>('AiProviderSettings')
  .implement({
    description: 'How one AI provider is set up (defaults shown until it is configured).',
    fields: (t) => ({
      provider: t.field({
        type: AiProviderEnum,
        description: 'The provider.',
        resolve: ({ settings }) => settings.provider,
      }),
      configured: t.boolean({
        description: 'Whether settings were saved for it (false: defaults, disabled).',
        resolve: ({ settings }) => settings.row !== null,
      }),
      enabled: t.boolean({
        description: 'Whether the router may call it.',
        resolve: ({ settings }) => settings.enabled,
      }),
      available: t.boolean({
        description: 'Enabled and with an active key: the router calls it.',
        resolve: ({ config, settings }) => isAvailable(config, settings.provider),
      }),
      defaultModel: t.string({
        description: 'The model used when a route names none.',
        resolve: ({ settings }) => settings.defaultModel,
      }),
      fallbackProvider: t.field({
        type: AiProviderEnum,
        nullable: true,
        description: 'Who answers when it fails (then the local provider).',
        resolve: ({ settings }) => settings.fallbackProvider,
      }),
      featureRoutes: t.field({
        type: [AiFeatureRoute],
        description: 'Per-feature routes stored with this provider (feature_routing_json).',
        resolve: ({ settings }) =>
          Object.entries(settings.routes).map(([feature, route]) => ({ feature, ...route })),
      }),
      timeoutMs: t.int({
        description: 'How long a call may take before it falls back, in milliseconds.',
        resolve: ({ settings }) => settings.timeoutMs,
      }),
      keys: t.field({
        type: [AiProviderKey],
        description: 'Its keys, newest first, masked.',
        resolve: ({ settings }) => settings.keys,
      }),
      updatedAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When the settings last changed.',
        resolve: ({ settings }) => settings.row?.updatedAt ?? null,
      }),
    }),
  });

builder.queryField('aiProviderSettings', (t) =>
  t.field({
    type: [AiProviderSettings],
    authScopes: { admin: 'support' },
    description:
      'Admins (support and up): the AI providers, their routing and masked keys. With none available, the local provider answers.',
    resolve: async (_root, _args, ctx) => {
      const config = await aiConfig(ctx);
      return REMOTE_PROVIDERS.map((provider) => ({ config, settings: config[provider] }));
    },
  }),
);
