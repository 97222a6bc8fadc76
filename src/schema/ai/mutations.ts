import { encodeGlobalID } from '@pothos/plugin-relay';
import { removeCostBudget, setCostBudget } from '../../resolvers/ai/budgets';
import { aiConfig } from '../../resolvers/ai/config';
import { BudgetExceededError } from '../../resolvers/ai/errors';
import { checkProvider, type ProviderCheck } from '../../resolvers/ai/probe';
import {
  addProviderKey,
  deleteProviderKey,
  rotateProviderKey,
  updateProviderSettings,
} from '../../resolvers/ai/settings-admin';
import { ForbiddenError, NotFoundError, ValidationError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import { builder } from '../builder';
import { AiBudgetPeriodEnum, AiCostBudget } from './cost-budget';
import { AiProviderEnum, AiProviderKey, AiProviderSettings } from './provider-settings';

const adminErrors = { types: [ValidationError, NotFoundError, ForbiddenError] };

const AddAiProviderKeyInput = builder.inputType('AddAiProviderKeyInput', {
  description: 'A new API key for a provider.',
  fields: (t) => ({
    provider: t.field({ type: AiProviderEnum, required: true, description: 'GEMINI or OPENAI.' }),
    key: t.string({
      required: true,
      description: 'The secret key: stored encrypted, never shown again (only masked).',
    }),
  }),
});

builder.mutationField('addAiProviderKey', (t) =>
  t.field({
    type: AiProviderKey,
    authScopes: { admin: 'admin' },
    description: "Admins: adds a key; it becomes the provider's active key (audited, masked).",
    errors: adminErrors,
    args: {
      input: t.arg({
        type: AddAiProviderKeyInput,
        required: true,
        description: 'The provider and its key.',
      }),
    },
    resolve: (_root, { input }, ctx) => addProviderKey(ctx, input.provider, input.key),
  }),
);

const RotateAiProviderKeyInput = builder.inputType('RotateAiProviderKeyInput', {
  description: "A key's new secret.",
  fields: (t) => ({
    keyId: t.id({ required: true, description: 'The key to rotate.' }),
    key: t.string({ required: true, description: 'The new secret: stored encrypted.' }),
  }),
});

builder.mutationField('rotateAiProviderKey', (t) =>
  t.field({
    type: AiProviderKey,
    authScopes: { admin: 'admin' },
    description: "Admins: replaces a key's secret in place (audited, masked).",
    errors: adminErrors,
    args: {
      input: t.arg({
        type: RotateAiProviderKeyInput,
        required: true,
        description: 'The key and its new secret.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      rotateProviderKey(ctx, idOf('input.keyId', input.keyId, 'AiProviderKey'), input.key),
  }),
);

const DeleteAiProviderKeyInput = builder.inputType('DeleteAiProviderKeyInput', {
  description: 'A key to delete.',
  fields: (t) => ({ keyId: t.id({ required: true, description: 'The key.' }) }),
});

builder.mutationField('deleteAiProviderKey', (t) =>
  t.id({
    authScopes: { admin: 'admin' },
    description: 'Admins: deletes a key (audited). Returns its ID.',
    errors: adminErrors,
    args: {
      input: t.arg({
        type: DeleteAiProviderKeyInput,
        required: true,
        description: 'The key to delete.',
      }),
    },
    resolve: async (_root, { input }, ctx) =>
      encodeGlobalID(
        'AiProviderKey',
        await deleteProviderKey(ctx, idOf('input.keyId', input.keyId, 'AiProviderKey')),
      ),
  }),
);

const AiFeatureRouteInput = builder.inputType('AiFeatureRouteInput', {
  description: 'Routes one feature to a provider and model.',
  fields: (t) => ({
    feature: t.string({
      required: true,
      description: 'The feature: thread_candidates, provider_check.',
    }),
    provider: t.field({
      type: AiProviderEnum,
      description: 'Who answers it; default: the provider being updated.',
    }),
    model: t.string({ description: "The model; default: that provider's default model." }),
  }),
});

const UpdateAiProviderSettingsInput = builder.inputType('UpdateAiProviderSettingsInput', {
  description: 'Changes to one provider; omitted fields keep their value.',
  fields: (t) => ({
    provider: t.field({ type: AiProviderEnum, required: true, description: 'GEMINI or OPENAI.' }),
    enabled: t.boolean({ description: 'Whether the router may call it.' }),
    defaultModel: t.string({ description: 'The model used when a route names none.' }),
    fallbackProvider: t.field({
      type: AiProviderEnum,
      description:
        'Who answers when it fails; null removes the fallback (then the local provider).',
    }),
    featureRoutes: t.field({
      type: [AiFeatureRouteInput],
      description: "Replaces all of this provider's feature routes.",
    }),
    timeoutMs: t.int({ description: 'Call deadline in milliseconds, 100-120000.' }),
  }),
});

builder.mutationField('updateAiProviderSettings', (t) =>
  t.field({
    type: AiProviderSettings,
    authScopes: { admin: 'admin' },
    description: 'Admins: enables, disables or changes a provider (audited).',
    errors: adminErrors,
    args: {
      input: t.arg({
        type: UpdateAiProviderSettingsInput,
        required: true,
        description: 'The provider and the settings to change.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const row = await updateProviderSettings(ctx, input);
      const config = await aiConfig(ctx);
      return { config, settings: config[row.provider] };
    },
  }),
);

const AiProviderCheck = builder.objectRef<ProviderCheck>('AiProviderCheck').implement({
  description: 'The result of one test call to a provider.',
  fields: (t) => ({
    provider: t.expose('provider', { type: AiProviderEnum, description: 'Who was called.' }),
    model: t.exposeString('model', { description: 'The model asked.' }),
    ok: t.exposeBoolean('ok', { description: 'Whether it answered as asked.' }),
    errorCode: t.exposeString('errorCode', {
      nullable: true,
      description: 'Why not: http_401, timeout, invalid_answer, key_unreadable...',
    }),
    latencyMs: t.exposeInt('latencyMs', { description: 'How long it took.' }),
  }),
});

const TestAiProviderInput = builder.inputType('TestAiProviderInput', {
  description: 'A provider (and optionally a model) to try.',
  fields: (t) => ({
    provider: t.field({ type: AiProviderEnum, required: true, description: 'GEMINI or OPENAI.' }),
    model: t.string({ description: "The model; default: the provider's default model." }),
  }),
});

builder.mutationField('testAiProvider', (t) =>
  t.field({
    type: AiProviderCheck,
    authScopes: { admin: 'admin' },
    description:
      "Admins: makes one tiny call with the provider's active key (even while disabled), without fallback. Logged and budgeted like any call.",
    errors: { types: [...adminErrors.types, BudgetExceededError] },
    args: {
      input: t.arg({
        type: TestAiProviderInput,
        required: true,
        description: 'The provider (and model) to try.',
      }),
    },
    resolve: (_root, { input }, ctx) => checkProvider(ctx, input.provider, input.model),
  }),
);

const SetAiCostBudgetInput = builder.inputType('SetAiCostBudgetInput', {
  description: "A user's AI budget for a period.",
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user.' }),
    period: t.field({ type: AiBudgetPeriodEnum, required: true, description: 'DAILY or MONTHLY.' }),
    limitUsd: t.float({ required: true, description: 'The limit in USD (0 blocks paid calls).' }),
  }),
});

const RemoveAiCostBudgetInput = builder.inputType('RemoveAiCostBudgetInput', {
  description: "Which of a user's AI budgets to remove.",
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user.' }),
    period: t.field({ type: AiBudgetPeriodEnum, required: true, description: 'DAILY or MONTHLY.' }),
  }),
});

builder.mutationFields((t) => ({
  setAiCostBudget: t.field({
    type: AiCostBudget,
    authScopes: { admin: 'admin' },
    description: "Admins: sets a user's daily or monthly AI budget (audited).",
    errors: adminErrors,
    args: {
      input: t.arg({
        type: SetAiCostBudgetInput,
        required: true,
        description: 'The user, period and limit.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      setCostBudget(ctx, idOf('input.userId', input.userId, 'User'), input.period, input.limitUsd),
  }),
  removeAiCostBudget: t.field({
    type: AiCostBudget,
    authScopes: { admin: 'admin' },
    description:
      "Admins: removes a user's budget; a daily one falls back to the system default (audited). Returns the removed budget.",
    errors: adminErrors,
    args: {
      input: t.arg({
        type: RemoveAiCostBudgetInput,
        required: true,
        description: 'The user and period.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      removeCostBudget(ctx, idOf('input.userId', input.userId, 'User'), input.period),
  }),
}));
