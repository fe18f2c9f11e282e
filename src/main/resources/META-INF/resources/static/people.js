// The new-account form's nickname check: as the trainer types, ask Kolo whether the nickname is free and offer
// free ones like it. Without JavaScript the form still works: a taken nickname comes back with suggestions.
(function () {
  'use strict';
  var form = document.querySelector('form[data-nickname-check]');
  if (!form) { return; }
  var input = form.querySelector('#nickname');
  var status = form.querySelector('#nickname-status');
  var list = form.querySelector('#nickname-suggestions');
  var token = form.querySelector('input[name=csrf]').value;
  var timer = null;
  var asked = '';
  function show(answer) {
    status.textContent = !answer.valid ? status.getAttribute('data-invalid')
      : answer.free ? status.getAttribute('data-free') : status.getAttribute('data-taken');
    list.textContent = '';
    answer.suggestions.forEach(function (nickname) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button quiet';
      button.setAttribute('data-suggestion', nickname);
      button.textContent = nickname;
      item.appendChild(button);
      list.appendChild(item);
    });
  }
  function check() {
    var nickname = input.value.trim();
    if (nickname.length < 3 || nickname === asked) { return; }
    asked = nickname;
    fetch(form.getAttribute('data-nickname-check'), {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json', 'X-CSRF-TOKEN': token },
      body: 'nickname=' + encodeURIComponent(nickname)
    }).then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) { if (answer && input.value.trim() === nickname) { show(answer); } })
      .catch(function () { /* offline: the form's own answer will tell */ });
  }
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(check, 350); });
  list.addEventListener('click', function (event) {
    var nickname = event.target.getAttribute('data-suggestion');
    if (nickname) { input.value = nickname; check(); input.focus(); }
  });
}());
