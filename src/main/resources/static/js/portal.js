// The portal's frame: the phone menu opens and closes; one drop-down menu is open at a time and closes on a click elsewhere.
document.addEventListener('click', event => {
  const toggle = event.target.closest('#menu-toggle');
  if (toggle) {
    const open = document.getElementById(toggle.getAttribute('aria-controls')).classList.toggle('open');
    toggle.setAttribute('aria-expanded', String(open));
    return;
  }
  const inside = event.target.closest('details.menu');
  document.querySelectorAll('details.menu[open]').forEach(menu => {
    if (menu !== inside) {
      menu.removeAttribute('open');
    }
  });
});
document.addEventListener('keydown', event => {
  if (event.key === 'Escape') {
    document.querySelectorAll('details.menu[open]').forEach(menu => menu.removeAttribute('open'));
  }
});
