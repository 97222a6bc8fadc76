import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context';
import { type ExecuteArgs, prepare, runOperation } from './execute';

type Execute = (args: ExecuteArgs) => unknown;

/**
 * Queries and mutations run on this folder's executor (execute.ts: graphql-js's algorithm with
 * less built per field, issue 18); subscriptions, and a document whose operation or variables
 * are refused, stay with the engine Yoga ships with, so their answers are its own.
 */
export const leanExecution: Plugin<Context> = {
  onExecute: ({ executeFn, setExecuteFn }) => {
    const fallback = executeFn as Execute;
    setExecuteFn(((args: ExecuteArgs) => {
      const run = prepare(args);
      return run ? runOperation(run) : fallback(args);
    }) as (args: ExecuteArgs) => ExecutionResult | Promise<ExecutionResult>);
  },
};
