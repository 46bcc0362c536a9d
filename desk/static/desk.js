// The review desk's keyboard: j/k move, c confirm, d dismiss, a comment, o/Enter open.
// Decisions are posted with the page's CSRF token; the server records who decided.
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var page = document.body.dataset.page;
  var STATUS = {confirmed: "已确认", dismissed: "已排除", open: "待审核"};

  function typing(e) {
    var t = e.target.tagName;
    return t === "INPUT" || t === "TEXTAREA" || t === "SELECT" || e.target.isContentEditable;
  }

  function decide(id, action, comment) {
    var body = new URLSearchParams({action: action, comment: comment || ""});
    return fetch("/flags/" + encodeURIComponent(id) + "/decide", {
      method: "POST", credentials: "same-origin", body: body,
      headers: {"X-CSRF-Token": csrf, "Accept": "application/json"}
    }).then(function (r) {
      if (!r.ok) { return r.json().then(function (j) { throw new Error(j.error || r.status); }); }
      return r.json();
    });
  }

  function notice(text, bad) {
    var n = document.getElementById("notice");
    if (!n) {
      n = document.createElement("div");
      n.id = "notice";
      document.body.appendChild(n);
    }
    n.textContent = text;   // text, never HTML
    n.className = bad ? "bad" : "";
  }

  if (page === "queue") {
    var rows = Array.prototype.slice.call(document.querySelectorAll("tr.flag"));
    var at = rows.length ? 0 : -1;
    function select(i) {
      if (!rows.length) { return; }
      at = Math.max(0, Math.min(rows.length - 1, i));
      rows.forEach(function (r, k) { r.classList.toggle("sel", k === at); });
      rows[at].scrollIntoView({block: "nearest"});
    }
    select(0);
    rows.forEach(function (r, k) { r.addEventListener("click", function () { select(k); }); });
    var comment = document.getElementById("comment");
    document.addEventListener("keydown", function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) { return; }
      if (typing(e)) {
        if (e.key === "Escape") { e.target.blur(); }
        return;
      }
      var row = rows[at];
      if (e.key === "j") { select(at + 1); }
      else if (e.key === "k") { select(at - 1); }
      else if ((e.key === "o" || e.key === "Enter") && row) { location.href = row.dataset.href; }
      else if (e.key === "a" && comment) { e.preventDefault(); comment.focus(); }
      else if ((e.key === "c" || e.key === "d") && row && comment) {
        var action = e.key === "c" ? "confirm" : "dismiss";
        decide(row.dataset.id, action, comment.value).then(function (j) {
          rows.filter(function (r) { return r.dataset.id === j.flag_id; }).forEach(function (r) {
            var cell = r.querySelector("td.status");
            cell.className = "status st-" + j.status;
            cell.dataset.status = j.status;
            cell.textContent = j.status_cn + (j.comment ? "：" + j.comment : "") + "（" + j.decided_by + "）";
          });
          comment.value = "";
          notice(j.flag_id + " " + j.status_cn);
          select(at + 1);
        }).catch(function (err) { notice("未能保存：" + err.message, true); });
      } else { return; }
      e.preventDefault();
    });
  }

  if (page === "flag") {
    var form = document.getElementById("decide");
    document.addEventListener("keydown", function (e) {
      if (!form || e.ctrlKey || e.metaKey || e.altKey || typing(e)) { return; }
      if (e.key === "a") { e.preventDefault(); form.querySelector("#comment").focus(); }
      else if (e.key === "c" || e.key === "d") {
        e.preventDefault();
        form.querySelector('button[value="' + (e.key === "c" ? "confirm" : "dismiss") + '"]').click();
      }
    });
  }
})();
