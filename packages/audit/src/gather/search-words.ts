/** The word "search" in the languages of LOSI portals and their neighbours, for recognising search forms and links. */
export const SEARCH_WORDS: readonly string[] = [
  'search', 'find', 'recherche', 'rechercher', 'chercher', 'buscar', 'búsqueda', 'busqueda', 'buscador', 'pesquisa', 'pesquisar',
  'busca', 'поиск', 'найти', 'искать', 'بحث', 'ابحث', '搜索', '检索', '查找', 'suche', 'suchen', 'zoeken', 'cerca', 'cercare',
  'szukaj', 'hledat', 'keresés', 'ara', 'arama', 'otsi', 'meklēt', 'ieškoti', 'haku', 'sök', 'søg', 'søk',
];
