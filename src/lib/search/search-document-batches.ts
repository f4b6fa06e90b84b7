import type { SearchDocument } from './service-search-document.ts';

/** Documents given to Pagefind a batch at a time: how many there are, and the batches in order. */
export interface SearchDocumentBatches extends Iterable<readonly SearchDocument[]> {
  readonly count: number;
}

/** Documents in memory, in batches of at most `size`. */
export function inBatches(documents: readonly SearchDocument[], size: number): SearchDocumentBatches {
  return {
    count: documents.length,
    *[Symbol.iterator]() {
      for (let start = 0; start < documents.length; start += size) yield documents.slice(start, start + size);
    },
  };
}

/**
 * One language's search documents as UTF-8 bytes, with where each address and content ends. The
 * build's search worker holds one language while Pagefind indexes the other: as a structured copy,
 * 20,000 documents are about 80 MB of V8 strings (two bytes a Cyrillic character), kept until
 * Pagefind is done with the language; as bytes they are about 45 MB, move to the search worker
 * without a copy and are let go once Pagefind has read the last batch.
 */
export interface PackedSearchDocuments {
  bytes: Uint8Array;
  /** The end, in `bytes`, of each document's address and then of its content. */
  ends: Uint32Array;
}

/** Where text `index` starts in the packed bytes: where the one before it ends. */
const startOf = (ends: Uint32Array, index: number): number => (index === 0 ? 0 : ends[index - 1]!);

export function packSearchDocuments(documents: readonly SearchDocument[]): PackedSearchDocuments {
  const texts = documents.flatMap((document) => [document.url, document.content]);
  const ends = new Uint32Array(texts.length);
  let length = 0;
  texts.forEach((text, index) => {
    length += Buffer.byteLength(text);
    ends[index] = length;
  });
  const bytes = new Uint8Array(length);
  const encoder = new TextEncoder();
  for (const [index, text] of texts.entries()) encoder.encodeInto(text, bytes.subarray(startOf(ends, index), ends[index]));
  return { bytes, ends };
}

/** The packed documents in batches of at most `size`, read once: the bytes are let go after the last batch. */
export function unpackInBatches(packed: PackedSearchDocuments, size: number): SearchDocumentBatches {
  let source: PackedSearchDocuments | undefined = packed;
  const count = packed.ends.length / 2;
  const decoder = new TextDecoder();
  return {
    count,
    *[Symbol.iterator]() {
      if (!source) throw new Error('Packed search documents are read only once.');
      const { bytes, ends } = source;
      const text = (index: number) => decoder.decode(bytes.subarray(startOf(ends, index), ends[index]));
      for (let start = 0; start < count; start += size) {
        const batch: SearchDocument[] = [];
        for (let document = start; document < Math.min(start + size, count); document++) batch.push({ url: text(2 * document), content: text(2 * document + 1) });
        yield batch;
      }
      source = undefined;
    },
  };
}
