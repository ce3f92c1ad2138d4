from ...z import q
