import {
  AppError,
  AuthenticationRequiredError,
  ConflictError,
  type FieldIssue,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../resolvers/errors';
import { builder } from './builder';

/** Every expected failure a mutation can return beside its result. */
export const ErrorInterface = builder.interfaceRef<AppError>('Error').implement({
  description: 'An expected failure, returned as data: check `__typename` and read `message`.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, for people.' }),
    code: t.exposeString('code', { description: 'A stable machine-readable code.' }),
  }),
});

function errorObject<T extends AppError>(
  // biome-ignore lint/suspicious/noExplicitAny: Pothos infers the shape from a constructor type.
  cls: new (...args: any[]) => T,
  name: string,
  description: string,
) {
  // T extends AppError, which the interface shape is: TypeScript cannot see it through a generic.
  return builder.objectType(cls, { name, description, interfaces: [ErrorInterface] as never });
}

export const BaseErrorType = errorObject(
  AppError,
  'BaseError',
  'A failure of no more specific kind.',
);

export const NotFoundErrorType = errorObject(
  NotFoundError,
  'NotFoundError',
  'The thing asked for does not exist, or the viewer may not see it (the two are not told apart).',
);
builder.objectFields(NotFoundErrorType, (t) => ({
  entity: t.exposeString('entity', { description: 'The kind of thing that was not found.' }),
  id: t.exposeString('id', { description: 'The id that was asked for.' }),
}));

export const ForbiddenErrorType = errorObject(
  ForbiddenError,
  'ForbiddenError',
  'The viewer is signed in (or not) but may not do this.',
);

export const AuthenticationRequiredErrorType = errorObject(
  AuthenticationRequiredError,
  'AuthenticationRequiredError',
  'This needs a signed-in viewer: send a bearer token.',
);

export const ConflictErrorType = errorObject(
  ConflictError,
  'ConflictError',
  'The change conflicts with the current state (a duplicate, or something changed meanwhile).',
);

const FieldIssueType = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One invalid input field and why.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input path, like `input.title`.' }),
    message: t.exposeString('message', { description: 'What is wrong with it.' }),
  }),
});

export const ValidationErrorType = errorObject(
  ValidationError,
  'ValidationError',
  'Some input was invalid; nothing was changed.',
);
builder.objectFields(ValidationErrorType, (t) => ({
  issues: t.field({
    type: [FieldIssueType],
    description: 'Each invalid field and why.',
    resolve: (error) => error.issues,
  }),
}));

/** The errors every mutation may return. */
export const commonMutationErrors = [
  ValidationError,
  ForbiddenError,
  NotFoundError,
  AuthenticationRequiredError,
];
