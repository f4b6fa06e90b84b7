import { describe, expect, it } from 'vitest';
import { inBatches, packSearchDocuments, unpackInBatches } from '../../src/lib/search/search-document-batches.ts';
import type { SearchDocument } from '../../src/lib/search/service-search-document.ts';

const documents: SearchDocument[] = [
  { url: '/ky/services/passport/', content: '<html lang="ky"><title>Жалпы жарандык паспорт — төлөм 500 сом</title></html>' },
  { url: '/ru/services/passport/', content: '<html lang="ru"><title>Паспорт «ID-карта» & 😀</title></html>' },
  { url: '/ru/services/empty/', content: '' },
  { url: '/ky/services/birth/', content: 'Туулгандыгы жөнүндө күбөлүк' },
  { url: '/ky/services/last/', content: 'ң ө ү' },
];

// The build moves a language's search documents to its search worker as bytes; Pagefind must
// receive exactly the documents that were made, in their order.
describe('search documents in batches', () => {
  it('gives the documents back as they were, in order, in batches of the size asked', () => {
    const batches = unpackInBatches(packSearchDocuments(documents), 2);
    expect(batches.count).toBe(5);
    const read = [...batches];
    expect(read.map((batch) => batch.length)).toEqual([2, 2, 1]);
    expect(read.flat()).toEqual(documents);
  });

  it('gives the same batches from memory as from bytes', () => {
    expect([...inBatches(documents, 2)]).toEqual([...unpackInBatches(packSearchDocuments(documents), 2)]);
  });

  it('reads nothing from no documents', () => {
    const batches = unpackInBatches(packSearchDocuments([]), 1000);
    expect(batches.count).toBe(0);
    expect([...batches]).toEqual([]);
  });

  it('refuses to read packed documents twice, since their bytes are let go after the first time', () => {
    const batches = unpackInBatches(packSearchDocuments(documents), 10);
    expect([...batches].flat()).toHaveLength(5);
    expect(() => [...batches]).toThrow(/only once/);
  });
});
