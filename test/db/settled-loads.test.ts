import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import {
  keepPartial,
  partialValue,
  primeSettled,
  settledLoad,
  settledValue,
} from '../../src/resolvers/settled-loads';

// Rows read with a page are primed into their loaders and handed to the fields that ask for them
// as values, not promises (src/resolvers/settled-loads.ts): the answer must be the loader's own.
function countingLoader() {
  const asked: string[][] = [];
  const loader = new DataLoader<string, { id: string; from: string }>(async (keys) => {
    asked.push([...keys]);
    return keys.map((id) => ({ id, from: 'load' }));
  });
  return { loader, asked };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settled loads', () => {
  it('hands a primed row over as a value once the loader has answered for it', async () => {
    const { loader, asked } = countingLoader();
    primeSettled(loader, 'a', { id: 'a', from: 'page' });
    // A promise until then: DataLoader answers a cached key with its next dispatch.
    expect(settledLoad(loader, 'a')).toBeInstanceOf(Promise);
    await tick();
    expect(settledValue(loader, 'a')).toEqual({ id: 'a', from: 'page' });
    const answer = settledLoad(loader, 'a');
    expect(answer).not.toBeInstanceOf(Promise);
    expect(answer).toEqual({ id: 'a', from: 'page' });
    expect(asked).toEqual([]);
  });

  it('keeps the answer the loader gave first: priming never overwrites', async () => {
    const { loader } = countingLoader();
    await loader.load('b');
    primeSettled(loader, 'b', { id: 'b', from: 'page' });
    await tick();
    expect(settledValue(loader, 'b')).toEqual({ id: 'b', from: 'load' });
  });

  it('answers a key nobody primed through the loader, as a promise', async () => {
    const { loader, asked } = countingLoader();
    const answer = settledLoad(loader, 'c');
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toEqual({ id: 'c', from: 'load' });
    expect(asked).toEqual([['c']]);
    // A load is not a prime: only primed keys are recorded.
    expect(settledValue(loader, 'c')).toBeUndefined();
  });

  it('records nothing for a key whose load failed', async () => {
    const loader = new DataLoader<string, string>(async (keys) =>
      keys.map(() => new Error('hidden')),
    );
    await expect(loader.load('d')).rejects.toThrow('hidden');
    primeSettled(loader, 'd', 'primed');
    await tick();
    expect(settledValue(loader, 'd')).toBeUndefined();
  });

  it('keeps each loader (one per request) apart', async () => {
    const first = countingLoader().loader;
    const second = countingLoader().loader;
    primeSettled(first, 'e', { id: 'e', from: 'page' });
    await tick();
    expect(settledValue(second, 'e')).toBeUndefined();
  });

  it('keeps a narrowed row for its own selection, out of the loader', async () => {
    const { loader, asked } = countingLoader();
    const names = { kind: 'Field', name: 'owner' };
    const bios = { kind: 'Field', name: 'owner' };
    keepPartial(loader, [names], 'f', { id: 'f', from: 'narrow' });
    expect(partialValue(loader, names, 'f')).toEqual({ id: 'f', from: 'narrow' });
    expect(partialValue(loader, bios, 'f')).toBeUndefined();
    expect(settledValue(loader, 'f')).toBeUndefined();
    // The loader still reads the whole row for anyone else.
    expect(await loader.load('f')).toEqual({ id: 'f', from: 'load' });
    expect(asked).toEqual([['f']]);
  });
});
