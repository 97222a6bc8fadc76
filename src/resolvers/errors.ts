import { GraphQLError } from 'graphql';

/**
 * Expected failures. They extend GraphQLError so that Yoga's masking lets their message through
 * when they surface as field errors, and mutations list them as result types (errors plugin).
 */
export class AppError extends GraphQLError {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message, { extensions: { code } });
  }
}

export class NotFoundError extends AppError {
  constructor(
    readonly entity: string,
    readonly id: string,
    /** For a thing the id does not name itself (a participation asked for by its event's id). */
    message = `No ${entity} with id "${id}" exists or you cannot see it.`,
  ) {
    super(message, 'NOT_FOUND');
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

export class AuthenticationRequiredError extends AppError {
  constructor(message = 'Sign in to do this: send "Authorization: Bearer <token>".') {
    super(message, 'UNAUTHENTICATED');
  }
}

export interface FieldIssue {
  field: string;
  message: string;
}

export class ValidationError extends AppError {
  constructor(readonly issues: FieldIssue[]) {
    super(
      issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '),
      'VALIDATION_FAILED',
    );
  }
  static of(field: string, message: string) {
    return new ValidationError([{ field, message }]);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 'CONFLICT');
  }
}
