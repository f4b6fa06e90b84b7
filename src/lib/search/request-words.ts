// Words that do not name a service. Function words (prepositions, conjunctions, pronouns) are
// always dropped: Pagefind matches every query word as a prefix and intersects the results, so
// "в" or "жана" only narrows a search by chance. Request words say what the reader wants to do
// (получить, оформить, алуу, кантип); they are dropped when a search with them finds too little.
// Both languages' lists apply on both languages' pages, since people mix them.
import { foldKyrgyzLetters } from './fold-kyrgyz-letters.ts';

const functionWords = new Set(
  [
    // Russian
    'в', 'во', 'на', 'о', 'об', 'обо', 'по', 'с', 'со', 'из', 'за', 'под', 'к', 'ко', 'у', 'и', 'а', 'или', 'для', 'от', 'до', 'при', 'без',
    'не', 'ли', 'же', 'бы', 'кто', 'чтобы', 'я', 'мне', 'меня', 'мой', 'моя', 'мою', 'моего', 'моей', 'мы', 'нам', 'нас', 'наш', 'это', 'этот', 'то', 'так',
    // Kyrgyz
    'жана', 'же', 'менен', 'үчүн', 'да', 'дагы', 'деле', 'мен', 'мага', 'менин', 'сен', 'биз', 'бизге', 'ал', 'бул', 'ошол', 'тууралуу', 'жөнүндө', 'болгон',
  ].map(foldKyrgyzLetters),
);

const requestWords = new Set(
  [
    // Russian: asking how, where, what it costs, and verbs of getting something done
    'как', 'где', 'куда', 'когда', 'сколько', 'какие', 'какой', 'что', 'можно', 'нужно', 'надо', 'нужна', 'нужен', 'хочу', 'срочно',
    'получить', 'получение', 'получения', 'получать', 'оформить', 'оформление', 'оформления', 'открыть', 'открытие', 'сделать',
    'делать', 'подать', 'подача', 'заказать', 'взять', 'поставить', 'узнать', 'проверить', 'зарегистрировать', 'зарегистрироваться', 'стоит', 'стоимость', 'документы', 'онлайн', 'заявление', 'нужны', 'порядок',
    // Kyrgyz: the same, with the forms people type (алуу, алам, алса болот, кантип алам)
    'кантип', 'кайда', 'кайдан', 'качан', 'канча', 'кандай', 'эмне', 'керек', 'керекпи', 'болот', 'болобу', 'алуу', 'алам', 'алса',
    'алсам', 'алыш', 'алып', 'алабы', 'берүү', 'берет', 'бериш', 'жасоо', 'жасатуу', 'жасаш', 'тариздөө', 'тариздөөгө', 'ачуу', 'ачыш',
    'ачам', 'өткөрүү', 'арыз', 'документтер', 'онлайн',
  ].map(foldKyrgyzLetters),
);

// Compared without ө, ү, ң and a final soft sign, so "беруу" and "otkryt" (открыт) are recognised too.
const key = (word: string) => foldKyrgyzLetters(word).replace(/ь$/, '');
const functionKeys = new Set([...functionWords].map(key));
const requestKeys = new Set([...requestWords].map(key));

/** True for a preposition, conjunction or pronoun, which never helps to find a service. */
export const isFunctionWord = (word: string): boolean => functionKeys.has(key(word));

/** True for a word that says what the reader wants to do rather than which service: получить, кантип, алуу. */
export const isRequestWord = (word: string): boolean => requestKeys.has(key(word));
