// thi-dua: a link to the overview page (/tong-quan/) in Tasklist's header, loaded through
// customScripts in scripts/config.js (docs/webapps.md). Also brings a visitor whom the overview sent to this login
// back to the overview once signed in: the header's actions are rendered only for a signed-in user.
const RETURN_KEY = 'thidua.returnTo';

export default {
  id: 'thidua.overview-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    const back = sessionStorage.getItem(RETURN_KEY);
    if (back) {
      sessionStorage.removeItem(RETURN_KEY);
      if (back.startsWith('/tong-quan/')) {
        window.location.assign(back);
        return;
      }
    }
    const link = document.createElement('a');
    link.href = '/tong-quan/';
    link.className = 'thidua-overview-link';
    const icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-stats';
    link.append(icon, ' Tổng quan thi đua');
    link.title = 'Tiến độ, kết quả và khen thưởng của các cụm thi đua';
    node.appendChild(link);
  }
};
