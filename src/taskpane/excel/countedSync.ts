// A context.sync() that counts its round trips: the writers report them, and the tests check that a write takes a
// constant number whatever its size.
export interface CountedSync {
  sync: () => Promise<void>;
  count: () => number;
}

export function countedSync(context: Excel.RequestContext): CountedSync {
  let syncs = 0;
  return {
    sync: async () => {
      syncs++;
      await context.sync();
    },
    count: () => syncs,
  };
}
