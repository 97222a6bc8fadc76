import { AppError } from '../errors';

/** Joining as GOING would pass the event's capacity. */
export class EventFullError extends AppError {
  constructor(readonly capacity: number) {
    super(`The event is full: all ${capacity} places are taken.`, 'EVENT_FULL');
  }
}
