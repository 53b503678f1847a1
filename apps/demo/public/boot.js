// Runs before the page is painted (a classic, blocking script: the CSP forbids inline ones), so the saved
// language, text direction and colour theme apply from the first frame. The rest of the shell is src/shell.ts.
(function () {
  var languages = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'];
  var language = null;
  var theme = null;
  try {
    language = localStorage.getItem('losi-demo:language');
    theme = localStorage.getItem('losi-demo:theme');
  } catch (error) {
    // Storage blocked (privacy settings): use the defaults below.
  }
  if (languages.indexOf(language) < 0) {
    var preferred = String(navigator.language || '').toLowerCase().split('-')[0];
    language = languages.indexOf(preferred) < 0 ? 'en' : preferred;
  }
  if (theme !== 'light' && theme !== 'dark') {
    theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  var root = document.documentElement;
  root.lang = language;
  root.dir = language === 'ar' ? 'rtl' : 'ltr';
  root.setAttribute('data-theme', theme);
})();
