/** Types of demo-data.mjs, for the TypeScript that loads the demo data (test/docs). */
export declare const DEMO_USER: string;
export declare const DEMO_ADMIN: string;
export declare const DEMO_INVITE_TOKEN: string;
export declare const DEMO_EMMY_INVITE_TOKEN: string;
export declare const demoUsers: {
  id: string;
  email: string;
  display_name: string;
  bio: string;
}[];
/** Every demo row as one idempotent INSERT OR IGNORE statement per line. */
export declare function demoSql(): string;
